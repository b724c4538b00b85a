/// Renders to a terminal: ANSI styles when `color` is true (and no escape code at all when
/// false), wrapped to `width` columns, with box-drawn tables and call-outs.
public struct TerminalRenderer: Sendable {
  public var width: Int
  public var color: Bool
  public var theme: TerminalTheme
  public var options: RenderOptions

  public init(width: Int, color: Bool, options: RenderOptions = .content) {
    self.init(width: width, color: color, theme: .standard, options: options)
  }

  public init(
    width: Int, color: Bool, theme: TerminalTheme, options: RenderOptions = .content
  ) {
    self.width = width
    self.color = color
    self.theme = theme
    self.options = options
  }

  public func render(_ document: MarkdownDocument) -> String {
    let document = options.prepare(document)
    var layout = BlockLayout(
      width: width, flavor: .terminal, writer: StyleWriter(theme: color ? theme : nil))
    layout.reserveCapacity(forSourceBytes: document.source.utf8.count)
    layout.visit(document)
    return layout.output
  }
}
