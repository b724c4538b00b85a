import Glibc

/// A regular file's text read straight into one buffer of its size, then checked as UTF-8
/// once: `teachback render`'s quick way in for a large file. Nil whenever anything is unusual
/// (the file cannot be opened, is not a regular file, changes size, or is not UTF-8), for the
/// caller to read it the usual way, which says what is wrong in its own words.
enum SourceFile {
  static func text(at path: String) -> String? {
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
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      count = 0
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
    }
    guard complete, bytes.count == size else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }
}
