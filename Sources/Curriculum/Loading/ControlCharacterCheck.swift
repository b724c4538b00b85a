import Markdown

/// Finds, in a text read from a bundle, a character that must never reach a screen or a record:
/// one that `TextSanitizer.isForbidden` names, other than the line breaks and tabs a text may
/// hold. The YAML parser already refuses such characters typed raw in a file; this also catches
/// what a double-quoted escape (`"\e[2J"`, `"\u202E"`) makes, and the direction-changing
/// characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that a file may hold.
enum ControlCharacterCheck {
  /// The first such character of `text`, or nil when there is none.
  static func firstForbidden(in text: some StringProtocol) -> Unicode.Scalar? {
    // Nearly every text is printable ASCII with line breaks, which settles it byte by byte.
    guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 >= 0x7F })
    else { return nil }
    return text.unicodeScalars.first { TextSanitizer.isForbidden($0) && $0 != "\n" && $0 != "\t" }
  }

  /// What the author reads about `scalar`, found in a text.
  static func message(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let kind =
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      ? "an invisible control character" : "an invisible text-direction character"
    return "this text holds \(kind) (\(code)), which could change how a screen or a record "
      + "shows it; remove it (in a double-quoted text, look for an escape like `\\e`, `\\x1b` "
      + "or `\\u202E`)"
  }

  /// Records an error for every text in `node` (keys included) that holds such a character, at
  /// the text's line and column.
  static func check(
    _ node: YAMLNode, file: String, lineOffset: Int, diagnostics: inout [Diagnostic]
  ) {
    switch node.content {
    case .scalar(let text, _):
      guard let scalar = firstForbidden(in: text) else { return }
      diagnostics.append(
        Diagnostic(
          file: file, line: node.line + lineOffset, column: node.column, severity: .error,
          message: message(scalar)))
    case .sequence(let items):
      for item in items {
        check(item, file: file, lineOffset: lineOffset, diagnostics: &diagnostics)
      }
    case .mapping(let pairs):
      for pair in pairs {
        check(pair.key, file: file, lineOffset: lineOffset, diagnostics: &diagnostics)
        check(pair.value, file: file, lineOffset: lineOffset, diagnostics: &diagnostics)
      }
    }
  }
}
