/// Renders for screen readers: no escape codes, no box drawing.
public struct PlainRenderer: Sendable {
  public var width: Int
  public init(width: Int) { self.width = width }
  public func render(_ document: MarkdownDocument) -> String { document.plainText }
}
