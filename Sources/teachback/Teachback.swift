import ArgumentParser
import Shell

@main
struct Teachback: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Learn about your implanted port, and check what you learned.",
    subcommands: [
      // One line per subcommand, each in its own file.
      LintCommand.self,
    ]
  )

  func run() throws {}
}
