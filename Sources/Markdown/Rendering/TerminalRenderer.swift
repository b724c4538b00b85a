/// Renders to a terminal: ANSI styles when `color` is true (and no escape code at all when
/// false), wrapped to `width` columns, with box-drawn tables and call-outs.
public struct TerminalRenderer: Sendable {
  /// The number of columns lines wrap to.
  public var width: Int
  /// Whether to write ANSI styles; when false the output has no escape code.
  public var color: Bool
  /// The SGR codes for each style, used when `color` is true.
  public var theme: TerminalTheme
  /// Choices such as typographic punctuation.
  public var options: RenderOptions

  /// A renderer with the standard theme.
  public init(width: Int, color: Bool, options: RenderOptions = .content) {
    self.init(width: width, color: color, theme: .standard, options: options)
  }

  /// A renderer with a theme of its own.
  public init(
    width: Int, color: Bool, theme: TerminalTheme, options: RenderOptions = .content
  ) {
    self.width = width
    self.color = color
    self.theme = theme
    self.options = options
  }

  /// The document as terminal text, wrapped to `width` and styled when `color` is true.
  public func render(_ document: MarkdownDocument) -> String {
    let document = options.prepare(document)
    var layout = BlockLayout(
      width: width, flavor: .terminal, writer: StyleWriter(theme: color ? theme : nil),
      figures: options.figures)
    layout.reserveCapacity(forSourceBytes: document.source.utf8.count)
    layout.visit(document)
    return layout.output
  }
}
