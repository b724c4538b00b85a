import ArgumentParser
import Foundation
import Shell

@main
struct Teachback: ParsableCommand {
  // Every command names itself: otherwise the parser works the name out from the type's
  // name at run time, a costly look-up on every start.
  static let configuration = CommandConfiguration(
    commandName: "teachback",
    abstract: "Learn about your implanted port, and check what you learned.",
    discussion: "With no command, Teachback opens its shell. Type `help` there to begin.",
    version: ProgramVersion.text,
    subcommands: [
      // One line per subcommand, each in its own file.
      CallCommand.self,
      TopicsCommand.self,
      ReadCommand.self,
      ShowCommand.self,
      SearchCommand.self,
      QuizCommand.self,
      ProgressCommand.self,
      ConfigCommand.self,
      StoreCommand.self,
      HandoutCommand.self,
      ReportCommand.self,
      SessionCommand.self,
      NoteCommand.self,
      RenderCommand.self,
      LintCommand.self,
    ]
  )

  @OptionGroup var options: GlobalOptions

  /// `teachback` alone, or with plain shell options (`LaunchOptions(plainArguments:)`), opens
  /// the shell without building the argument parser's tables, which is a noticeable part of
  /// start-up; `teachback render`, which authors' scripts run once per file, reads its options
  /// without the parser when they are plain (`RenderArguments`), or else parses only its own.
  /// Anything that is not a plain run of those (help, a mistake) goes through the whole parser,
  /// for its usual help and messages.
  static func main() {
    let arguments = CommandLine.arguments.dropFirst()
    if let options = LaunchOptions(plainArguments: Array(arguments)) {
      Foundation.exit(Launcher.runShell(options))
    }
    if arguments.first == "render" {
      let options = Array(arguments.dropFirst())
      if let plain = RenderArguments(plain: options) {
        runRender { try RenderCommand.render(plain) }
      }
      if let render = try? RenderCommand.parse(options) { runRender(render.run) }
    }
    main(nil)
  }

  private static func runRender(_ render: () throws -> Void) -> Never {
    do {
      try render()
      Foundation.exit(0)
    } catch {
      RenderCommand.exit(withError: error)
    }
  }

  func run() throws {
    let status = Launcher.runShell(options.launchOptions)
    if status != 0 { throw ExitCode(status) }
  }
}
