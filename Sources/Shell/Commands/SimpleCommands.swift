extension ShellCommand {
  static let clear = ShellCommand(
    name: "clear", aliases: ["cls"],
    summary: "Clear the screen",
    usage: "clear",
    run: { shell, _ in
      shell.context.output.write(.clearScreen)
      return .succeeded
    })

  static let quit = ShellCommand(
    name: "quit", aliases: ["exit"],
    summary: "Leave Teachback (your progress is already saved)",
    usage: "quit",
    run: { _, _ in .quit })
}
