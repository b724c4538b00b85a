import Markdown

/// Content quoted in a diagnostic: sanitised, on one line, and cut to a readable length so a
/// hostile file cannot flood the terminal or drive it with control characters.
enum Quoting {
  static func quote(_ text: some StringProtocol, limit: Int = 60) -> String {
    "\"\(excerpt(text, limit: limit))\""
  }

  static func excerpt(_ text: some StringProtocol, limit: Int = 60) -> String {
    let oneLine = TextSanitizer.sanitize(text).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    guard oneLine.count > limit else { return oneLine }
    return String(oneLine.prefix(limit)) + "…"
  }
}
