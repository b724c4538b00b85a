/// Renders for screen readers: no escape codes and no box drawing. Lists keep "1." and "-"
/// markers, task items say "Done:" or "To do:", tables are read row by row
/// ("Header: value; Header: value."), and call-outs are announced ("Important — …").
public struct PlainRenderer: Sendable {
  public var width: Int
  public init(width: Int) { self.width = width }

  public func render(_ document: MarkdownDocument) -> String {
    var layout = BlockLayout(width: width, flavor: .plain, writer: StyleWriter(theme: nil))
    layout.visit(document)
    return layout.output
  }
}
