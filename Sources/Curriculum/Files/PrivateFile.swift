import Foundation

/// Writes files that only their owner can read, atomically: a temporary file in the same
/// folder, created 0600, then renamed over the target.
package enum PrivateFile {
  /// - Throws: `FileProblem`, saying by cause why the file could not be written.
  package static func write(_ data: Data, to file: URL) throws(FileProblem) {
    let folder = file.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      throw FileProblem(cause: .isAFolder, path: file.path, isWriting: true)
    }
    let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
    let descriptor = open(temporary.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw FileProblem(errno: errno, path: file.path, isWriting: true)
    }
    fchmod(descriptor, 0o600)
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: data)
      try handle.synchronize()
      try handle.close()
    } catch {
      unlink(temporary.path)
      throw FileProblem(error, path: file.path, isWriting: true)
    }
    guard rename(temporary.path, file.path) == 0 else {
      let code = errno
      unlink(temporary.path)
      throw FileProblem(errno: code, path: file.path, isWriting: true)
    }
  }
}
