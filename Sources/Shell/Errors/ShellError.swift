import Curriculum

/// A problem the person can fix, shown as a gentle message (never a stack trace).
struct ShellError: UserFacingError, Equatable {
  var whatHappened: String
  var exitCode: Int32

  init(_ message: String, exitCode: Int32 = ExitStatus.failure) {
    self.whatHappened = message
    self.exitCode = exitCode
  }

  /// A command typed wrong (an unknown option, a missing value): the usage exit status.
  static func usage(_ message: String) -> ShellError {
    ShellError(message, exitCode: ExitStatus.usage)
  }
}
