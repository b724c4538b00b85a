/// Renders for screen readers: no escape codes and no box drawing. Lists keep "1." and "-"
/// markers, task items say "Done:" or "To do:", tables are read row by row
/// ("Header: value; Header: value."), and call-outs are announced ("Important — …").
public struct PlainRenderer: Sendable {
  /// The number of columns lines wrap to.
  public var width: Int
  /// Choices such as typographic punctuation.
  public var options: RenderOptions

  /// A renderer for `width` columns with `options` (those for learners by default).
  public init(width: Int, options: RenderOptions = .content) {
    self.width = width
    self.options = options
  }

  /// The document as plain text, wrapped to `width`.
  public func render(_ document: MarkdownDocument) -> String {
    let document = options.prepare(document)
    var layout = BlockLayout(
      width: width, flavor: .plain, writer: StyleWriter(theme: nil), figures: options.figures)
    layout.visit(document)
    return layout.output
  }
}
