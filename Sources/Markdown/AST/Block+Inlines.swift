extension Block {
  /// The block with the inlines of every leaf in it (headings, paragraphs, table cells, at any
  /// depth of quotes and lists) replaced by `transform`'s result; code, HTML and breaks as they
  /// are. For a renderer's view of a document, such as typographic punctuation.
  public func mappingLeafInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
    switch self {
    case .heading(var node):
      node.content = transform(node.content)
      return .heading(node)
    case .paragraph(var node):
      node.content = transform(node.content)
      return .paragraph(node)
    case .blockQuote(var node):
      node.children = node.children.map { $0.mappingLeafInlines(transform) }
      return .blockQuote(node)
    case .list(var node):
      for index in node.items.indices {
        node.items[index].children = node.items[index].children.map {
          $0.mappingLeafInlines(transform)
        }
      }
      return .list(node)
    case .table(var node):
      node.header = node.header.map(transform)
      node.rows = node.rows.map { $0.map(transform) }
      return .table(node)
    case .codeBlock, .htmlBlock, .thematicBreak: return self
    }
  }
}
