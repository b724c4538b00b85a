/// What running a command came to.
package enum CommandOutcome: Equatable, Sendable {
  case succeeded
  case failed
  case quit
  /// Finished, with an exit status of its own for one-shot use (`teachback call`).
  case finished(status: Int32)
}

/// One row of the command table: everything dispatch, `help`, completion and "did you mean" need.
struct ShellCommand: Sendable {
  var name: String
  var aliases: [String] = []
  /// One line for the `help` list.
  var summary: ShellMessage
  /// How to call it, e.g. `read TOPIC[#SECTION]`.
  var usage: ShellMessage
  /// Longer help for `help NAME`, with examples.
  var details: ShellMessage?
  var argument: ArgumentKind = .none
  /// Whether the line may be saved in the history file (never for anything personal).
  var history: HistoryPolicy = .keep
  /// Parses the text after the command's name into the command's request and runs it.
  var run: @Sendable (ShellSession, ArgumentLine) throws -> CommandOutcome
}
