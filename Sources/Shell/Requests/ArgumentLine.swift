/// The text after a command's name. Commands that take free words (`read what is a port`,
/// `note Sam: prefers Spanish`) use it as typed; commands with options split it the way a
/// shell does: "double quotes" (with `\"` and `\\` inside), 'single quotes' taken as they are,
/// and `--name value` or `--name=value` options.
struct ArgumentLine: Sendable, Equatable {
  /// As typed, without the spaces around it.
  var text: String

  init(_ text: String) { self.text = text.trimmed }

  var isEmpty: Bool { text.isEmpty }

  /// The words and options, for a command whose options are `valued` (names without `--`);
  /// `aliases` maps another spelling to its option (`for` → `learner`).
  func parse(options valued: Set<String>, aliases: [String: String] = [:]) throws
    -> (words: [String], options: [String: String])
  {
    let tokens = try Self.tokens(text)
    var words: [String] = []
    var options: [String: String] = [:]
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      guard token.isOption else {
        words.append(token.text)
        continue
      }
      var name = String(token.text.dropFirst(2))
      var value: String?
      if let equals = name.firstIndex(of: "=") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      name = aliases[name] ?? name
      guard valued.contains(name) else {
        let known = valued.sorted().map { "`--\($0)`" }.joined(separator: ", ")
        throw ShellError.usage("There is no option `--\(name)` here. Options: \(known).")
      }
      if value == nil {
        guard index < tokens.count else {
          throw ShellError.usage("`--\(name)` needs a value after it.")
        }
        value = tokens[index].text
        index += 1
      }
      options[name] = value
    }
    return (words, options)
  }

  private struct Token {
    var text: String
    /// Starts with `--`, not inside quotes.
    var isOption: Bool
  }

  private static func tokens(_ text: String) throws -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var started = false
    var quoted = false
    var quote: Character?
    var characters = text.makeIterator()
    while let character = characters.next() {
      if let open = quote {
        if character == open {
          quote = nil
        } else if open == "\"" && character == "\\" {
          let escaped = characters.next() ?? "\\"
          if escaped != "\"" && escaped != "\\" { current.append("\\") }
          current.append(escaped)
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "\"", "'":
        if !started { quoted = true }
        quote = character
        started = true
      case " ", "\t":
        if started {
          tokens.append(Token(text: current, isOption: !quoted && current.hasPrefix("--")))
        }
        current = ""
        started = false
        quoted = false
      default:
        current.append(character)
        started = true
      }
    }
    if let open = quote {
      throw ShellError.usage(
        "A quote \(open) is not closed. Add the closing \(open) and try again.")
    }
    if started { tokens.append(Token(text: current, isOption: !quoted && current.hasPrefix("--"))) }
    return tokens
  }
}
