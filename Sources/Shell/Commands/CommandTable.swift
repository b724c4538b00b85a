import Curriculum

/// The single table of shell commands. Dispatch, `help`, tab completion and "did you mean"
/// all read it.
struct CommandTable {
  enum Lookup {
    case found(ShellCommand)
    /// A prefix that fits several commands.
    case ambiguous([String])
    /// No command fits; `suggestion` is the closest name, if one is close enough.
    case unknown(suggestion: String?)
  }

  let commands: [ShellCommand]

  /// Whether `word` is a command's whole name or alias (not only the start of one).
  func isWholeName(_ word: String) -> Bool {
    let word = word.lowercased()
    return commands.contains { $0.name == word || $0.aliases.contains(word) }
  }

  /// Finds a command by exact name or alias, then by unique prefix, case-insensitively.
  func lookup(_ word: String) -> Lookup {
    let word = word.lowercased()
    if let exact = commands.first(where: { $0.name == word || $0.aliases.contains(word) }) {
      return .found(exact)
    }
    // Main names win over aliases, so `t` is `topics` even though an alias starts with t.
    let byName = commands.filter { $0.name.hasPrefix(word) }
    let byPrefix =
      byName.isEmpty
      ? commands.filter { $0.aliases.contains { $0.hasPrefix(word) } } : byName
    if byPrefix.count == 1 { return .found(byPrefix[0]) }
    if byPrefix.count > 1 { return .ambiguous(byPrefix.map(\.name)) }
    return .unknown(suggestion: closestName(to: word))
  }

  /// Every name and alias with the argument it takes, for the completer.
  var completionEntries: [(name: String, argument: ArgumentKind)] {
    commands.flatMap { command in
      ([command.name] + command.aliases).map { (name: $0, argument: command.argument) }
    }
  }

  private func closestName(to word: String) -> String? {
    let names = commands.flatMap { [$0.name] + $0.aliases }
    return EditDistance.closest(to: word, among: names)
  }
}
