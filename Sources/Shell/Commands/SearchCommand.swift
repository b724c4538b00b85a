extension ShellCommand {
  static let search = ShellCommand(
    name: "search", aliases: ["find"],
    summary: "Find where the content talks about something",
    usage: "search WORDS",
    details: "For example: `search flush`, `search fever`, `search how long does it last`.",
    run: { shell, arguments in
      guard !arguments.isEmpty else {
        throw ShellError("What should I look for? For example `search flush`.")
      }
      throw ShellError("Search is not available yet.")
    })
}
