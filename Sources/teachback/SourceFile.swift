import Glibc

/// A regular file's UTF-8 text read straight into the string's own storage: `teachback
/// render`'s quick way in for a large file, with no buffer in between. Nil whenever anything is
/// unusual (the file cannot be opened, is not a regular file, changes size, or holds a U+FFFD,
/// which reading puts in place of bytes that are not UTF-8), for the caller to read it the
/// usual way, which says what is wrong in its own words.
enum SourceFile {
  static func text(at path: String) -> String? {
    // Looked at before opening: opening a named pipe would take its writer's one connection.
    var named = stat()
    guard stat(path, &named) == 0, named.st_mode & 0o170000 == 0o100000 else { return nil }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & 0o170000 == 0o100000 else {
      return nil
    }
    // One byte of room beyond the size tells a file that grew while being read.
    let size = Int(status.st_size)
    var complete = true
    var text = String(unsafeUninitializedCapacity: size + 1) { buffer in
      var count = 0
      while count < buffer.count {
        let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
        if read > 0 {
          count += read
        } else if read == 0 {
          break
        } else if errno != EINTR {
          complete = false
          break
        }
      }
      return count
    }
    guard complete, text.utf8.count == size, !text.withUTF8(hasReplacementCharacter) else {
      return nil
    }
    return text
  }

  /// Whether the bytes hold U+FFFD (EF BF BD), found by `memchr` on its first byte.
  private static func hasReplacementCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let start = bytes.baseAddress else { return false }
    var offset = 0
    while offset < bytes.count,
      let found = memchr(start + offset, 0xEF, bytes.count - offset)
    {
      let index = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD {
        return true
      }
      offset = index + 1
    }
    return false
  }
}
