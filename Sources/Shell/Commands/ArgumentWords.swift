/// Splits a command's arguments into words, keeping "quoted text" together and reading
/// `--name value` options.
struct ArgumentWords {
  private(set) var options: [String: String] = [:]
  private(set) var words: [String] = []

  /// - Parameter valued: option names (without `--`) that take a value.
  init(_ text: String, valued: Set<String>) throws {
    let tokens = Self.tokens(text)
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.hasPrefix("--") {
        let name = String(token.dropFirst(2))
        guard valued.contains(name) else {
          throw ShellError(
            "There is no option `\(token)` here. Options: "
              + valued.sorted().map { "`--\($0)`" }.joined(separator: ", ") + ".")
        }
        guard index + 1 < tokens.count else {
          throw ShellError("`\(token)` needs a value after it.")
        }
        options[name] = tokens[index + 1]
        index += 2
      } else {
        words.append(token)
        index += 1
      }
    }
  }

  private static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    var inQuotes = false
    var hasToken = false
    for character in text {
      switch character {
      case "\"":
        inQuotes.toggle()
        hasToken = true
      case " ", "\t":
        if inQuotes {
          current.append(character)
        } else {
          if hasToken { tokens.append(current) }
          current = ""
          hasToken = false
        }
      default:
        current.append(character)
        hasToken = true
      }
    }
    if hasToken { tokens.append(current) }
    return tokens
  }
}
