import ArgumentParser
import Curriculum
import Foundation
import Markdown
import Reports
import Shell

/// Options every Teachback command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Load content from this bundle folder instead of the built-in one.", valueName: "DIR"),
    completion: .directory)
  var content: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep progress in this file, or in the clinic's records on a PostgreSQL server "
        + "(postgres://USER@HOST:PORT/DATABASE; the password comes from ~/.pgpass or PGPASSWORD).",
      valueName: "PATH|URL"),
    completion: .file())
  var store: String?

  @Option(
    name: .long, help: ArgumentHelp("Whose progress to use (created if new).", valueName: "NAME"),
    completion: .nothing)
  var learner: String?

  @Option(
    name: .long, help: ArgumentHelp("Wrap text to N columns.", valueName: "N"),
    completion: .nothing)
  var width: Int?

  @Option(
    name: .long,
    help: "Colour: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always, never.")
  var color: LaunchOptions.ColorChoice = .auto

  @Flag(name: .long, help: "Plain text for screen readers: no colour, no box drawing.")
  var plain = false

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Speak this language (en or es), whoever is learning. Without it: the learner's choice, "
        + "then LC_ALL, LC_MESSAGES or LANG.", valueName: "CODE"))
  var language: Language?

  func validate() throws {
    if let width, !LaunchOptions.allowedWidths.contains(width) {
      let range = LaunchOptions.allowedWidths
      throw ValidationError("--width must be between \(range.lowerBound) and \(range.upperBound).")
    }
  }

  var launchOptions: LaunchOptions {
    LaunchOptions(
      contentDirectory: content, storePath: store, learnerName: learner, width: width,
      color: color, plain: plain, language: language)
  }

  /// Runs one request in a shell built from these options, and exits with its status.
  func run(_ body: (ShellSession) throws -> CommandOutcome) throws {
    let status = Launcher.runOnce(launchOptions, body)
    if status != 0 { throw ExitCode(status) }
  }
}

extension LaunchOptions.ColorChoice: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {
  package init?(argument: String) { self.init(code: argument) }
  package static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
extension ReportFormat: ExpressibleByArgument {}
extension Handout.Format: ExpressibleByArgument {}
