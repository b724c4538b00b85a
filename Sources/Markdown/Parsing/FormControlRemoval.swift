/// Removes vertical tabs and form feeds from a finished document. The parser keeps them while
/// it reads, because CommonMark gives them meaning (a form feed is white space for emphasis,
/// and neither may follow a setext underline), but no output may contain them. Only documents
/// whose source has one pay for this pass.
enum FormControlRemoval {
  static func isFormControl(_ byte: UInt8) -> Bool { byte == 0x0B || byte == 0x0C }

  static func removing(from blocks: [Block]) -> [Block] { blocks.map(removing(from:)) }

  static func removing(from block: Block) -> Block {
    switch block {
    case .heading(var node):
      node.content = removing(from: node.content)
      node.id = node.id.map(clean)
      return .heading(node)
    case .paragraph(var node):
      node.content = removing(from: node.content)
      return .paragraph(node)
    case .blockQuote(var node):
      node.children = removing(from: node.children)
      return .blockQuote(node)
    case .list(var node):
      for index in node.items.indices {
        node.items[index].children = removing(from: node.items[index].children)
      }
      return .list(node)
    case .codeBlock(var node):
      node.info = clean(node.info)
      node.code = clean(node.code)
      return .codeBlock(node)
    case .htmlBlock(var node):
      node.html = clean(node.html)
      return .htmlBlock(node)
    case .thematicBreak: return block
    case .table(var node):
      node.header = node.header.map(removing(from:))
      node.rows = node.rows.map { $0.map(removing(from:)) }
      return .table(node)
    }
  }

  static func removing(from inlines: [Inline]) -> [Inline] {
    inlines.map { inline -> Inline in
      switch inline {
      case .text(let text): return .text(clean(text))
      case .code(let text): return .code(clean(text))
      case .html(let text): return .html(clean(text))
      case .softBreak, .lineBreak, .footnoteReference: return inline
      case .emphasis(let children): return .emphasis(removing(from: children))
      case .strong(let children): return .strong(removing(from: children))
      case .strikethrough(let children): return .strikethrough(removing(from: children))
      case .link(var link):
        link.destination = clean(link.destination)
        link.title = clean(link.title)
        link.children = removing(from: link.children)
        return .link(link)
      case .image(var image):
        image.source = clean(image.source)
        image.title = clean(image.title)
        image.children = removing(from: image.children)
        return .image(image)
      }
    }
  }

  static func clean(_ text: String) -> String {
    guard text.utf8.contains(where: isFormControl) else { return text }
    return String(decoding: text.utf8.filter { !isFormControl($0) }, as: UTF8.self)
  }
}
