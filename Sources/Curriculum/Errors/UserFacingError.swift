/// An error a person can act on: what happened, what to do next, and the exit status a
/// one-shot command ends with. Every module's errors adopt it, so the shell has one way to
/// show any failure and never prints an error's raw form.
package protocol UserFacingError: Error {
  /// What happened, in a sentence a learner or an educator understands.
  var whatHappened: String { get }
  /// What to do next; empty when `whatHappened` already says it.
  var whatToDo: String { get }
  /// The exit status of a one-shot command that fails with this error.
  var exitCode: Int32 { get }
}

extension UserFacingError {
  package var whatToDo: String { "" }
  package var exitCode: Int32 { ExitStatus.failure }

  /// What happened and what to do, as one message.
  package var message: String { whatToDo.isEmpty ? whatHappened : whatHappened + " " + whatToDo }
}

/// The exit statuses Teachback uses (the usage code is BSD's `EX_USAGE`).
package enum ExitStatus {
  package static let success: Int32 = 0
  package static let failure: Int32 = 1
  /// A command typed wrong: an unknown option or value.
  package static let usage: Int32 = 64
}
