import Glibc

/// One of the process's standard streams, for asking whether it is a terminal. Writing goes
/// through `StandardOutput`, which takes only styled text.
struct FileDescriptor {
  static let standardOutput = FileDescriptor(rawValue: STDOUT_FILENO)
  static let standardError = FileDescriptor(rawValue: STDERR_FILENO)
  static let standardInput = FileDescriptor(rawValue: STDIN_FILENO)

  var rawValue: Int32

  var isTerminal: Bool { isatty(rawValue) == 1 }
}
