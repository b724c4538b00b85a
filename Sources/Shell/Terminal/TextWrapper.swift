import Markdown

/// Wraps the shell's own lines (prompts, choices, snippets) at spaces to a width. Escape codes
/// take no room; a word longer than the width stays whole on its own line.
enum TextWrapper {
  /// - Parameters:
  ///   - firstIndent: put before the first line (e.g. `"  a) "`).
  ///   - indent: put before every later line (e.g. `"     "`).
  static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "")
    -> String
  {
    var lines: [String] = []
    var line = firstIndent
    var lineWidth = firstIndent.visibleWidth
    var lineHasWord = false
    for word in words(of: text) {
      let wordWidth = String(word).visibleWidth
      if lineHasWord && lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = indent
        lineWidth = indent.visibleWidth
        lineHasWord = false
      }
      if lineHasWord {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += wordWidth
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// The words of a line; a command in backticks (`` `read 1` ``) stays one word, so it is
  /// never split across lines.
  private static func words(of text: String) -> [Substring] {
    var words: [Substring] = []
    var open: Substring?
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if let start = open {
        let joined = text[start.startIndex..<word.endIndex]
        open = word.contains("`") ? nil : joined
        if open == nil { words.append(joined) }
      } else if word.count(where: { $0 == "`" }) % 2 == 1 {
        open = word
      } else {
        words.append(word)
      }
    }
    if let start = open { words.append(start) }
    return words
  }

  /// Wraps each line of `text` that is wider than `width`; lines that fit are kept exactly. A
  /// wrapped line keeps its start as it is (indentation and list marks such as `○  8.` or
  /// `a)`), and its later lines line up under the text after them.
  static func fit(_ text: String, width: Int) -> String {
    guard text.utf8.count > width else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard String(line).visibleWidth > width else { return String(line) }
      let textStart = startOfText(line)
      guard textStart < line.endIndex else { return String(line) }
      let lead = String(line[..<textStart])
      return wrap(
        String(line[textStart...]), width: width, firstIndent: lead,
        indent: String(repeating: " ", count: lead.visibleWidth))
    }
    .joined(separator: "\n")
  }

  /// Where a line's text starts after its indentation and any list marks: symbols (`○`, `✓`,
  /// `-`), numbers ending in `.` or `)` (`8.`), or a letter and a parenthesis (`a)`).
  private static func startOfText(_ line: Substring) -> Substring.Index {
    var index = line.firstIndex { $0 != " " } ?? line.endIndex
    while index < line.endIndex {
      let word = line[index...].prefix { $0 != " " }
      let isSymbol = !word.contains { $0.isLetter || $0.isNumber }
      let isNumbered =
        word.count >= 2 && (word.last == "." || word.last == ")")
        && word.dropLast().allSatisfy(\.isNumber)
      let isLettered = word.count == 2 && word.first!.isLetter && word.last == ")"
      let isMark = isSymbol || isNumbered || isLettered
      guard isMark, word.endIndex < line.endIndex else { break }
      index = line[word.endIndex...].firstIndex { $0 != " " } ?? line.endIndex
    }
    return index
  }
}

extension String {
  /// Pads with spaces to `width` visible columns, ignoring escape codes.
  func padded(to width: Int) -> String {
    let visible = visibleWidth
    return visible >= width ? self : self + String(repeating: " ", count: width - visible)
  }

  /// Columns the text takes on a terminal, not counting escape codes.
  var visibleWidth: Int { DisplayWidth.of(withoutEscapeCodes) }

  private var withoutEscapeCodes: String {
    var result = ""
    var inEscape = false
    for scalar in unicodeScalars {
      if inEscape {
        if scalar.properties.isAlphabetic { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
