/// What one attempt to read a line produced.
package enum LineInput: Equatable, Sendable {
  case line(String)
  /// Ctrl-C: the line was abandoned.
  case interrupted
  /// Ctrl-D or the end of a script.
  case endOfInput
  /// SIGTERM or SIGHUP: restore the terminal and leave.
  case terminated
}

/// Whether a line may be kept in the shell history file. Quiz answers and anything naming a
/// person never are.
package enum HistoryPolicy: Sendable {
  case keep
  case forget
}

/// The seam between the shell and its input: GNU readline on a terminal, plain lines otherwise.
package protocol LineReader: AnyObject {
  /// Shows `prompt` (when interactive) and reads one line.
  func readLine(prompt: String) -> LineInput
  /// Reads a PIN or passphrase: on a terminal without showing what is typed, and never into
  /// the history; in a script, a plain line.
  func readSecret(prompt: String) -> LineInput
  /// Adds a line the shell accepted to the history, if this reader keeps one.
  func remember(_ line: String)
  /// Whether the prompt is decorated and the user is typing live.
  var isInteractive: Bool { get }
}
