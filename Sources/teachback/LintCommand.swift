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

  @Argument(help: "The bundle folder.", completion: .directory)
  var directory = "content/implanted-port"

  @Option(help: "How to print the problems: text or json.")
  var format = Format.text

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Source texts to compare with: report every run of 8 or more words shared with them.",
      valueName: "file"))
  var compareWith: [String] = []

  func run() throws {
    try showingProblems { try BundleFolder.check(directory, givenAs: "teachback lint DIR") }
    let report = BundleLinter.lint(
      directory: URL(fileURLWithPath: directory),
      comparingWith: compareWith.map { URL(fileURLWithPath: $0) })
    print(format == .json ? report.json() : report.text(), terminator: "")
    if report.hasErrors { throw ExitCode.failure }
  }
}
