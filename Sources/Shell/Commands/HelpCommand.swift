import Markdown

extension ShellCommand {
  static let help = ShellCommand(
    name: "help", aliases: ["?"],
    summary: .commandHelpSummary,
    usage: .commandHelpUsage,
    details: .commandHelpDetails,
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
        throw ShellError(
          shell.context.string(
            .helpAmbiguous(
              command: "\(name)",
              choices:
                "\(ShellSession.listing(names.map { "`\($0)`" }, joinedBy: shell.context.string(.listingOr)))"
            )))
      case .unknown(let suggestion):
        throw ShellError(
          shell.context.string(
            suggestion.map { .helpUnknownDidYouMean(command: "\(name)", suggestion: "\($0)") }
              ?? .helpUnknown(command: "\(name)")))
      }
    })
}

/// `help`: the command list, or one command's usage and details, from the command table.
struct HelpCommand {
  let context: ShellContext
  let table: CommandTable

  func showCommandList() {
    let language = context.language
    let rows = table.commands.map {
      (usage: $0.usage.text(in: language), summary: $0.summary.text(in: language))
    }
    // Long usages get their own line, so the summaries stay in one readable column.
    let usageWidth = min(28, rows.map { $0.usage.plainText.count }.max() ?? 0)
    let indent = String(repeating: " ", count: usageWidth + 4)
    context.say(context.words(.helpCommandsHeading).styled(.strong))
    for row in rows {
      let usage = row.usage.styled(.accent)
      if row.usage.plainText.count > usageWidth {
        context.say("  " + usage)
        context.say(.hanging(StyledText(indent), row.summary))
      } else {
        let padding = String(repeating: " ", count: usageWidth - row.usage.plainText.count + 2)
        context.say(.hanging("  " + usage + StyledText(padding), row.summary))
      }
    }
    context.say()
    context.say(.helpForOneCommand)
  }

  func showHelp(for command: ShellCommand) {
    context.say(context.words(command.usage).styled(.strong))
    context.say(context.words(command.summary) + ".")
    if !command.aliases.isEmpty {
      context.say(
        .helpAliases(aliases: "\(command.aliases.map { "`\($0)`" }.joined(separator: ", "))"))
    }
    if let details = command.details {
      context.say()
      context.say(details)
    }
  }
}
