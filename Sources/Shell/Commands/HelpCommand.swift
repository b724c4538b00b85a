extension ShellCommand {
  static let help = ShellCommand(
    name: "help", aliases: ["?"],
    summary: "Show the commands, or how to use one",
    usage: "help [COMMAND]",
    details: "Type `help read` to learn more about `read`.",
    argument: .command,
    run: { shell, arguments in
      guard !arguments.isEmpty else {
        shell.showCommandList()
        return .succeeded
      }
      let name = String(arguments.prefix { !$0.isWhitespace })
      switch shell.table.lookup(name) {
      case .found(let command):
        shell.showHelp(for: command)
        return .succeeded
      case .ambiguous(let names):
        throw ShellError("`\(name)` could mean \(ShellSession.listing(names.map { "`\($0)`" })).")
      case .unknown(let suggestion):
        let hint = suggestion.map { " Did you mean `\($0)`?" } ?? " Type `help` to see them all."
        throw ShellError("There is no command `\(name)`.\(hint)")
      }
    })
}

extension ShellSession {
  fileprivate func showCommandList() {
    // Long usages get their own line, so the summaries stay in one readable column.
    let usageWidth = min(28, table.commands.map { $0.usage.count }.max() ?? 0)
    let indent = String(repeating: " ", count: usageWidth + 4)
    say(styler.bold("Commands"))
    for command in table.commands {
      if command.usage.count > usageWidth {
        say("  " + styler.accent(command.usage))
        say(
          TextWrapper.wrap(
            command.summary, width: output.width, firstIndent: indent, indent: indent))
      } else {
        let padding = String(repeating: " ", count: usageWidth - command.usage.count + 2)
        say(
          TextWrapper.wrap(
            command.summary, width: output.width,
            firstIndent: "  " + styler.accent(command.usage) + padding, indent: indent))
      }
    }
    say()
    say("Type `help COMMAND` for more about one. Commands can be shortened: `t` for `topics`.")
  }

  fileprivate func showHelp(for command: ShellCommand) {
    say(styler.bold(command.usage))
    say(command.summary + ".")
    if !command.aliases.isEmpty {
      say("Also: " + command.aliases.map { "`\($0)`" }.joined(separator: ", ") + ".")
    }
    if !command.details.isEmpty {
      say()
      say(command.details)
    }
  }
}
