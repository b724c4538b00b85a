/// Text on its way to a terminal: runs of text that each play a role (a heading, a warning, a
/// command to type), and whole Markdown documents. `TerminalWriter` lays it out: it wraps the
/// lines, renders the documents, and turns roles into escape codes, or into nothing.
///
/// Every way in neutralises control characters with `TextSanitizer`'s one table, so a value
/// holds nothing that can drive a terminal, whatever it was built from: content, the store,
/// the command line, the environment or an operating-system error.
public struct StyledText: Sendable {
  /// What a run of text is, for the writer to style (or not) as the output allows.
  public enum Role: Sendable, Hashable {
    case plain
    /// A title or a name that stands out: bold.
    case strong
    /// Second-rank words: hints, counts, ids, footers.
    case quiet
    /// Something to notice: a topic id, a path, a mark.
    case accent
    /// A heading in the accent colour (a section title).
    case title
    case success
    case warning
    /// Matched words in a search result.
    case highlight
  }

  enum Piece: Sendable {
    case text(String, Role)
    /// Laid out by the writer at its width and style.
    case document(MarkdownDocument, RenderOptions)
    /// Lines written as they are, never wrapped (data to copy, such as JSON).
    case verbatim(String)
    /// Wrapped lines of the current line continue under this point.
    case hangingIndent
    /// Clears an interactive screen; nothing anywhere else.
    case clearScreen
  }

  private(set) var pieces: [Piece] = []

  /// Empty text.
  public init() {}

  /// Untrusted or trusted text alike: control characters are neutralised.
  public init(_ text: some StringProtocol, role: Role = .plain) {
    append(text, role: role)
  }

  /// A Markdown document (content, a record), rendered where it is written with `options`
  /// (`RenderOptions.bundleContent(from:)` for a bundle's own text).
  public init(_ document: MarkdownDocument, options: RenderOptions = .content) {
    pieces = [.document(document, options)]
  }

  /// Lines that must reach the output as they are, never wrapped (JSON, CSV), neutralised.
  public static func verbatim(_ text: some StringProtocol) -> StyledText {
    var result = StyledText()
    result.pieces = [.verbatim(TextSanitizer.sanitize(text))]
    return result
  }

  /// The code that clears an interactive terminal, and nothing on any other output.
  public static var clearScreen: StyledText {
    var text = StyledText()
    text.pieces = [.clearScreen]
    return text
  }

  /// `lead`, then `text` whose wrapped lines line up under the end of `lead`.
  public static func hanging(_ lead: StyledText, _ text: StyledText) -> StyledText {
    var result = lead
    result.pieces.append(.hangingIndent)
    result += text
    return result
  }

  /// Adds a run with `role`, neutralised; empty text adds nothing.
  public mutating func append(_ text: some StringProtocol, role: Role = .plain) {
    guard !text.isEmpty else { return }
    pieces.append(.text(TextSanitizer.sanitize(text), role))
  }

  /// Adds all of `other`, runs and documents alike.
  public mutating func append(_ other: StyledText) { pieces.append(contentsOf: other.pieces) }

  /// `left` followed by `right`.
  public static func + (left: StyledText, right: StyledText) -> StyledText {
    var result = left
    result.append(right)
    return result
  }

  /// Appends `right` to `left`.
  public static func += (left: inout StyledText, right: StyledText) { left.append(right) }

  /// The same text with every plain run given `role` (runs with a role of their own keep it).
  public func styled(_ role: Role) -> StyledText {
    var result = self
    result.pieces = pieces.map { piece in
      if case .text(let text, .plain) = piece { return .text(text, role) }
      return piece
    }
    return result
  }

  /// Whether nothing would be written.
  public var isEmpty: Bool { pieces.isEmpty }

  /// The words without any styling, documents left out: for tests and length checks.
  public var plainText: String {
    pieces.reduce(into: "") { result, piece in
      if case .text(let text, _) = piece { result += text }
    }
  }

  /// `a`, `a or b`, `a, b or c` (or with `and`).
  public static func listing(_ items: [StyledText], joinedBy conjunction: String = "or")
    -> StyledText
  {
    var result = StyledText()
    for (index, item) in items.enumerated() {
      if index > 0 {
        result.append(index == items.count - 1 ? " \(conjunction) " : ", ")
      }
      result += item
    }
    return result
  }
}

// MARK: - Building with string interpolation

extension StyledText: ExpressibleByStringInterpolation {
  /// A literal, as plain text.
  public init(stringLiteral value: String) { self.init(value) }

  /// The text an interpolated literal built.
  public init(stringInterpolation: StringInterpolation) { self = stringInterpolation.text }

  /// Builds the text of a literal such as `"Saved \(name, role: .strong)"`.
  public struct StringInterpolation: StringInterpolationProtocol {
    var text = StyledText()

    /// Starts empty; the capacity hints are not used.
    public init(literalCapacity: Int, interpolationCount: Int) {}

    /// Adds a literal part as plain text.
    public mutating func appendLiteral(_ literal: String) { text.append(literal) }

    /// Any value's description, neutralised.
    public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      text.append(value.description)
    }

    /// Adds `value` as a run with `role`, neutralised.
    public mutating func appendInterpolation(_ value: some StringProtocol, role: Role) {
      text.append(value, role: role)
    }

    /// Adds the text as it is, with its roles and documents.
    public mutating func appendInterpolation(_ value: StyledText) { text.append(value) }
  }
}
