/// Renders for screen readers: no escape codes and no box drawing. Lists keep "1." and "-"
/// markers, task items say "Done:" or "To do:", tables are read row by row
/// ("Header: value; Header: value."), and call-outs are announced ("Important — …").
public struct PlainRenderer: Sendable {
  public var width: Int
  public var options: RenderOptions

  public init(width: Int, options: RenderOptions = .content) {
    self.width = width
    self.options = options
  }

  public func render(_ document: MarkdownDocument) -> String {
    let document = options.prepare(document)
    var layout = BlockLayout(width: width, flavor: .plain, writer: StyleWriter(theme: nil))
    layout.visit(document)
    return layout.output
  }
}
