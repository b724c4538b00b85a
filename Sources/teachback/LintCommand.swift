import ArgumentParser
import Curriculum
import Foundation
import Shell

struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check a content bundle for mistakes, coverage and readability.",
    discussion: "Prints each problem as file:line:column. Exits 1 when there is an error.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Argument(
    help: "The bundle folder (or --content DIR, as other commands take it).",
    completion: .directory)
  var directory: String?

  /// The options every command takes, for `--content`; the rest mean nothing to lint.
  @OptionGroup(visibility: .hidden) var options: GlobalOptions

  @Option(help: "How to print the problems: text or json.")
  var format = Format.text

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Source texts to compare with: report every run of 8 or more words shared with them.",
      valueName: "file"))
  var compareWith: [String] = []

  @Option(
    help: ArgumentHelp(
      "The same bundle in another language, to check id for id (default: one beside DIR).",
      valueName: "DIR"),
    completion: .directory)
  var compareBundle: String?

  func validate() throws {
    if let directory, let content = options.content, directory != content {
      throw ValidationError("Give the bundle folder once: either DIR or --content DIR.")
    }
  }

  func run() throws {
    let folder = directory ?? options.content ?? "content/implanted-port"
    try showingProblems { try BundleFolder.check(folder, givenAs: "teachback lint DIR") }
    let report = BundleLinter.lint(
      directory: URL(fileURLWithPath: folder),
      comparingWith: compareWith.map { URL(fileURLWithPath: $0) },
      twin: compareBundle.map { URL(fileURLWithPath: $0) })
    print(format == .json ? report.json() : report.text(), terminator: "")
    if report.hasErrors { throw ExitCode.failure }
  }
}
