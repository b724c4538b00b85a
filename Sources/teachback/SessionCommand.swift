import ArgumentParser
import Shell

struct SessionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "session",
    abstract: "Start, see or end an educator's teaching session.",
    discussion: "`session start` asks its questions on standard input, one answer per line.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "start, end or status.") var action = SessionRequest.Action.status

  func run() throws {
    let request = SessionRequest(action: action)
    try options.run { try $0.run(request) }
  }
}

struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note", abstract: "Add a note to the running teaching session.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "The note, e.g. \"Sam: prefers Spanish\".") var text: [String]

  func run() throws {
    let request = NoteRequest(text: text.joined(separator: " "))
    try options.run { try $0.run(request) }
  }
}

extension SessionRequest.Action: ExpressibleByArgument {}
