/// Renders to a terminal: ANSI styles when `color` is true (and no escape code at all when
/// false), wrapped to `width` columns, with box-drawn tables and call-outs.
public struct TerminalRenderer: Sendable {
  public var width: Int
  public var color: Bool
  public var theme: TerminalTheme

  public init(width: Int, color: Bool) {
    self.init(width: width, color: color, theme: .standard)
  }

  public init(width: Int, color: Bool, theme: TerminalTheme) {
    self.width = width
    self.color = color
    self.theme = theme
  }

  public func render(_ document: MarkdownDocument) -> String {
    var layout = BlockLayout(
      width: width, flavor: .terminal, writer: StyleWriter(theme: color ? theme : nil))
    layout.visit(document)
    return layout.output
  }
}
