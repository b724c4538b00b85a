import Glibc

/// A raw file descriptor, written without buffering so nothing is lost if the process is killed.
struct FileDescriptor {
  static let standardOutput = FileDescriptor(rawValue: STDOUT_FILENO)
  static let standardError = FileDescriptor(rawValue: STDERR_FILENO)
  static let standardInput = FileDescriptor(rawValue: STDIN_FILENO)

  var rawValue: Int32

  var isTerminal: Bool { isatty(rawValue) == 1 }

  /// Writes every byte, retrying after signals; gives up quietly if the reader has gone.
  func writeAll(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      guard var pointer = buffer.baseAddress else { return }
      var remaining = buffer.count
      while remaining > 0 {
        let written = write(rawValue, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        pointer += written
        remaining -= written
      }
    }
  }
}
