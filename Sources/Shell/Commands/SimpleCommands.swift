extension ShellCommand {
  static let clear = ShellCommand(
    name: "clear", aliases: ["cls"],
    summary: .commandClearSummary,
    usage: .commandClearUsage,
    run: { shell, _ in
      shell.context.output.write(.clearScreen)
      return .succeeded
    })

  static let quit = ShellCommand(
    name: "quit", aliases: ["exit"],
    summary: .commandQuitSummary,
    usage: .commandQuitUsage,
    run: { _, _ in .quit })
}
