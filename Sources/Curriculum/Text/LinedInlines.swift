import Markdown

/// Visits every inline of Markdown blocks — containers and their children alike, in order, at
/// any depth of quotes, lists and tables — with the document line it starts on (each soft or
/// hard break moves to the next line), for checks that report where they found something.
struct LinedInlines {
  var visitInline: (Inline, _ line: Int) -> Void
  var visitHTMLBlock: (HTMLBlock) -> Void = { _ in }

  func visit(_ blocks: [Block]) {
    for block in blocks {
      switch block {
      case .paragraph(let node): visit(node.content, line: node.position.line)
      case .heading(let node): visit(node.content, line: node.position.line)
      case .blockQuote(let node): visit(node.children)
      case .list(let node): for item in node.items { visit(item.children) }
      case .table(let node):
        for cell in node.header { visit(cell, line: node.position.line) }
        for (offset, row) in node.rows.enumerated() {
          for cell in row { visit(cell, line: node.position.line + 2 + offset) }
        }
      case .htmlBlock(let node): visitHTMLBlock(node)
      case .codeBlock, .thematicBreak: break
      }
    }
  }

  /// Visits inlines that start on `line`; returns the line they end on.
  @discardableResult
  private func visit(_ inlines: [Inline], line: Int) -> Int {
    var line = line
    for inline in inlines {
      visitInline(inline, line)
      switch inline {
      case .softBreak, .lineBreak: line += 1
      case .emphasis(let children), .strong(let children), .strikethrough(let children):
        line = visit(children, line: line)
      case .link(let link): line = visit(link.children, line: line)
      case .image(let image): line = visit(image.children, line: line)
      case .text, .code, .html, .footnoteReference: break
      }
    }
    return line
  }
}
