import ArgumentParser
import Reports
import Shell

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write an education record (md, html, json, csv or FHIR) for the chart.")

  @OptionGroup var options: GlobalOptions

  @Option(
    name: .customLong("for"), help: ArgumentHelp("One learner's record.", valueName: "NAME"),
    completion: .nothing)
  var learnerName: String?

  @Option(help: ArgumentHelp("A teaching session's record.", valueName: "ID"), completion: .nothing)
  var session: Int64?

  @Option(help: "md, html, json, csv or fhir (without it, the --out file's ending decides).")
  var format: ReportFormat?

  @Option(
    help: ArgumentHelp("Write to this file (readable only by you).", valueName: "FILE"),
    completion: .file())
  var out: String?

  func validate() throws {
    if learnerName != nil && session != nil {
      throw ValidationError(
        "Ask for a learner's record (--for) or a session's (--session), not both.")
    }
  }

  func run() throws {
    let subject: ReportRequest.Subject =
      if let session { .session(session) } else if let name = learnerName ?? options.learner {
        .learner(name)
      } else { .current }
    let request = ReportRequest(subject: subject, format: format, destination: out)
    try options.run { try $0.run(request) }
  }
}
