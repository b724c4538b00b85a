// CONTRACT STAND-IN: replaced by the real engine (issue 3). Public API below is the contract
// other modules compile against; the real engine keeps these signatures (it may add more).

/// A parsed Markdown document.
public struct MarkdownDocument: Sendable, Hashable {
  public let source: String

  public init(parsing source: String) {
    self.source = source
  }

  /// The document's words without markup, blocks separated by blank lines
  /// (used for search and readability scores).
  public var plainText: String { TextSanitizer.sanitize(source) }
}

/// Removes every control character except newline (and tab, expanded to spaces), DEL,
/// C1 controls and bidi overrides, so nothing from content or input can drive the terminal.
public enum TextSanitizer {
  public static func sanitize(_ text: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: out.append(scalar)
      case 0x09: out.append(contentsOf: "    ".unicodeScalars)
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
        continue
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}

/// How many terminal columns a string occupies.
public enum DisplayWidth {
  public static func of(_ text: some StringProtocol) -> Int { text.count }
}

/// Renders to a terminal: ANSI styles when `color` is true, wrapped to `width` columns.
public struct TerminalRenderer: Sendable {
  public var width: Int
  public var color: Bool
  public init(width: Int, color: Bool) {
    self.width = width
    self.color = color
  }
  public func render(_ document: MarkdownDocument) -> String { document.plainText }
}

/// Renders for screen readers: no escape codes, no box drawing.
public struct PlainRenderer: Sendable {
  public var width: Int
  public init(width: Int) { self.width = width }
  public func render(_ document: MarkdownDocument) -> String { document.plainText }
}

/// Renders CommonMark-conformant, safe HTML.
public struct HTMLRenderer: Sendable {
  public init() {}
  public func render(_ document: MarkdownDocument) -> String { document.plainText }
}
