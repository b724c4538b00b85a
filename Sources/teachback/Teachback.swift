import ArgumentParser
import Foundation
import Shell

@main
struct Teachback: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Learn about your implanted port, and check what you learned.",
    discussion: "With no command, Teachback opens its shell. Type `help` there to begin.",
    version: ProgramVersion.text,
    subcommands: [
      // One line per subcommand, each in its own file.
      CallCommand.self,
      TopicsCommand.self,
      ReadCommand.self,
      SearchCommand.self,
      QuizCommand.self,
      ProgressCommand.self,
      ConfigCommand.self,
      HandoutCommand.self,
      ReportCommand.self,
      SessionCommand.self,
      NoteCommand.self,
      RenderCommand.self,
      LintCommand.self,
    ]
  )

  @OptionGroup var options: GlobalOptions

  /// `teachback` alone opens the shell without building the argument parser's tables, which
  /// is a noticeable part of start-up.
  static func main() {
    guard CommandLine.arguments.count > 1 else {
      Foundation.exit(Launcher.runShell(LaunchOptions()))
    }
    main(nil)
  }

  func run() throws {
    let status = Launcher.runShell(options.launchOptions)
    if status != 0 { throw ExitCode(status) }
  }
}
