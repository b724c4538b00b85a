import ArgumentParser

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write an education record (md, html, json, csv or FHIR) for the chart.")

  @OptionGroup var options: GlobalOptions

  @Option(name: .customLong("for"), help: ArgumentHelp("One learner's record.", valueName: "NAME"))
  var learnerName: String?

  @Option(help: ArgumentHelp("A teaching session's record.", valueName: "ID")) var session: String?

  @Option(help: "md, html, json, csv or fhir.") var format = "md"

  @Option(help: ArgumentHelp("Write to this file (readable only by you).", valueName: "FILE"))
  var out: String?

  func run() throws {
    try options.runInShell(
      "report", [],
      ["learner": learnerName ?? options.learner, "session": session, "format": format, "out": out])
  }
}
