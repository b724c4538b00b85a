import Markdown

extension ShellCommand {
  static let help = ShellCommand(
    name: "help", aliases: ["?"],
    summary: "Show the commands, or how to use one",
    usage: "help [COMMAND]",
    details: "Type `help read` to learn more about `read`.",
    argument: .command,
    run: { shell, line in
      let help = HelpCommand(context: shell.context, table: shell.table)
      guard !line.isEmpty else {
        help.showCommandList()
        return .succeeded
      }
      let name = String(line.text.prefix { !$0.isWhitespace })
      switch shell.table.lookup(name) {
      case .found(let command):
        help.showHelp(for: command)
        return .succeeded
      case .ambiguous(let names):
        throw ShellError("`\(name)` could mean \(ShellSession.listing(names.map { "`\($0)`" })).")
      case .unknown(let suggestion):
        let hint = suggestion.map { " Did you mean `\($0)`?" } ?? " Type `help` to see them all."
        throw ShellError("There is no command `\(name)`.\(hint)")
      }
    })
}

/// `help`: the command list, or one command's usage and details, from the command table.
struct HelpCommand {
  let context: ShellContext
  let table: CommandTable

  func showCommandList() {
    // Long usages get their own line, so the summaries stay in one readable column.
    let usageWidth = min(28, table.commands.map { $0.usage.count }.max() ?? 0)
    let indent = String(repeating: " ", count: usageWidth + 4)
    context.say(StyledText("Commands", role: .strong))
    for command in table.commands {
      if command.usage.count > usageWidth {
        context.say("  " + StyledText(command.usage, role: .accent))
        context.say(.hanging(StyledText(indent), StyledText(command.summary)))
      } else {
        let padding = String(repeating: " ", count: usageWidth - command.usage.count + 2)
        context.say(
          .hanging(
            "  " + StyledText(command.usage, role: .accent) + StyledText(padding),
            StyledText(command.summary)))
      }
    }
    context.say()
    context.say(
      "Type `help COMMAND` for more about one. Commands can be shortened: `t` for `topics`.")
  }

  func showHelp(for command: ShellCommand) {
    context.say(StyledText(command.usage, role: .strong))
    context.say(StyledText(command.summary + "."))
    if !command.aliases.isEmpty {
      context.say(
        StyledText("Also: " + command.aliases.map { "`\($0)`" }.joined(separator: ", ") + "."))
    }
    if !command.details.isEmpty {
      context.say()
      context.say(StyledText(command.details))
    }
  }
}
