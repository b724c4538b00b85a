/// Turns `StyledText` into what a terminal receives: lines wrapped to the width, documents
/// rendered, and roles as escape codes when the style has colour.
///
/// This file and the Markdown renderers' `StyleWriter` are the only places that produce escape
/// codes; both are out of reach of every other module, whose only way to the screen is a
/// `StyledText` handed to a writer.
public struct TerminalWriter: Sendable {
  /// The number of columns lines wrap to (at least 1).
  public var width: Int
  /// Whether the output gets colour, box drawing, or neither.
  public var style: OutputStyle
  /// Whether the output is an interactive terminal: the only place a screen is cleared.
  public var isInteractive: Bool

  /// A writer for `width` columns (at least 1) in `style`.
  public init(width: Int, style: OutputStyle, isInteractive: Bool = false) {
    self.width = max(width, 1)
    self.style = style
    self.isInteractive = isInteractive
  }

  /// The text as it should be written to the output.
  public func format(_ text: StyledText) -> String {
    var output = ""
    var line = LineLayout.Line()
    for piece in text.pieces {
      switch piece {
      case .text(let text, let role):
        var first = true
        for segment in text.split(separator: "\n", omittingEmptySubsequences: false) {
          if !first {
            output += layOut(line) + "\n"
            line = LineLayout.Line()
          }
          first = false
          line.append(String(segment), role: role)
        }
      case .hangingIndent:
        line.markHangingIndent()
      case .document(let document, let options):
        output += startingLine(&line)
        append(render(document, options: options), withoutTrailingNewlinesTo: &output)
      case .verbatim(let text):
        output += startingLine(&line)
        append(text, withoutTrailingNewlinesTo: &output)
      case .clearScreen:
        if isInteractive && !style.isPlain { output += Self.escape("H") + Self.escape("2J") }
      }
    }
    output += layOut(line)
    return output
  }

  /// A prompt for readline: styled, never wrapped, with each escape code between the \u{1}
  /// and \u{2} markers that tell readline it takes no columns.
  public func prompt(_ text: StyledText) -> String {
    var result = ""
    for piece in text.pieces {
      guard case .text(let text, let role) = piece else { continue }
      let words = String(text.map { $0 == "\n" ? " " : $0 })
      guard style.usesColor, let code = Self.code(for: role) else {
        result += words
        continue
      }
      result +=
        "\u{1}" + Self.escape(code + "m") + "\u{2}" + words + "\u{1}" + Self.reset
        + "\u{2}"
    }
    return result
  }

  // MARK: - Lines

  /// Finishes the line being gathered, if any, so a block starts on a line of its own.
  private func startingLine(_ line: inout LineLayout.Line) -> String {
    guard !line.isEmpty else { return "" }
    defer { line = LineLayout.Line() }
    return layOut(line) + "\n"
  }

  /// Appends `text` less its trailing newlines. Text written first (a rendered document, most
  /// of `teachback render`'s output) becomes the output itself rather than a copy.
  private func append(_ text: consuming String, withoutTrailingNewlinesTo output: inout String) {
    let newlines = Self.trailingNewlines(in: text)
    if output.isEmpty {
      output = consume text
      output.removeSubrange(output.utf8.index(output.utf8.endIndex, offsetBy: -newlines)...)
    } else {
      output.append(contentsOf: text[..<text.utf8.index(text.utf8.endIndex, offsetBy: -newlines)])
    }
  }

  private static func trailingNewlines(in text: String) -> Int {
    text.utf8.reversed().prefix { $0 == 0x0A }.count
  }

  private func layOut(_ line: LineLayout.Line) -> String {
    var result = ""
    for (index, row) in LineLayout.wrap(line, width: width).enumerated() {
      if index > 0 { result += "\n" }
      result += String(repeating: " ", count: row.indent)
      for run in row.runs { result += styled(run.text, run.role) }
    }
    return result
  }

  private func styled(_ text: String, _ role: StyledText.Role) -> String {
    guard style.usesColor, !text.isEmpty, let code = Self.code(for: role) else { return text }
    return Self.escape(code + "m") + text + Self.reset
  }

  private func render(_ document: MarkdownDocument, options: RenderOptions) -> String {
    switch style {
    case .plain: PlainRenderer(width: width, options: options).render(document)
    case .color, .monochrome:
      TerminalRenderer(width: width, color: style.usesColor, options: options).render(document)
    }
  }

  // MARK: - Escape codes

  private static let reset = escape("0m")

  private static func escape(_ sequence: String) -> String { "\u{1B}[" + sequence }

  /// The SGR parameters for each role; nil for none.
  private static func code(for role: StyledText.Role) -> String? {
    switch role {
    case .plain: nil
    case .strong: "1"
    case .quiet: "2"
    case .accent: "36"
    case .title: "1;36"
    case .success: "32"
    case .warning: "1;31"
    case .highlight: "1;33"
    }
  }
}
