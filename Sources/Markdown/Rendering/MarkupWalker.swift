/// Visits a document's blocks and inlines. Every renderer is one walker over the same AST;
/// the default implementations descend into children, so a walker overrides only what it
/// renders differently.
public protocol MarkupWalker {
  mutating func visitHeading(_ heading: Heading)
  mutating func visitParagraph(_ paragraph: Paragraph)
  mutating func visitBlockQuote(_ blockQuote: BlockQuote)
  mutating func visitList(_ list: ListBlock)
  mutating func visitCodeBlock(_ codeBlock: CodeBlock)
  mutating func visitHTMLBlock(_ htmlBlock: HTMLBlock)
  mutating func visitThematicBreak(_ thematicBreak: ThematicBreak)
  mutating func visitTable(_ table: Table)
  mutating func visitInline(_ inline: Inline)
  /// The document's footnotes, after its blocks (never called when there are none).
  mutating func visitFootnotes(_ footnotes: [Footnote])
}

extension MarkupWalker {
  /// Visits the document's blocks in order, then its footnotes if it has any.
  public mutating func visit(_ document: MarkdownDocument) {
    for block in document.blocks { visit(block) }
    if !document.footnotes.isEmpty { visitFootnotes(document.footnotes) }
  }

  /// Calls the hook for the block's kind.
  public mutating func visit(_ block: Block) {
    switch block {
    case .heading(let node): visitHeading(node)
    case .paragraph(let node): visitParagraph(node)
    case .blockQuote(let node): visitBlockQuote(node)
    case .list(let node): visitList(node)
    case .codeBlock(let node): visitCodeBlock(node)
    case .htmlBlock(let node): visitHTMLBlock(node)
    case .thematicBreak(let node): visitThematicBreak(node)
    case .table(let node): visitTable(node)
    }
  }

  /// Calls `visitInline` for each inline, in order.
  public mutating func visit(_ inlines: [Inline]) {
    for inline in inlines { visitInline(inline) }
  }

  /// Called for each heading; visits its inline content by default.
  public mutating func visitHeading(_ heading: Heading) { visit(heading.content) }
  /// Called for each paragraph; visits its inline content by default.
  public mutating func visitParagraph(_ paragraph: Paragraph) { visit(paragraph.content) }
  /// Called for each block quote; visits its blocks by default.
  public mutating func visitBlockQuote(_ blockQuote: BlockQuote) {
    for block in blockQuote.children { visit(block) }
  }
  /// Called for each list; visits every item's blocks by default.
  public mutating func visitList(_ list: ListBlock) {
    for item in list.items {
      for block in item.children { visit(block) }
    }
  }
  /// Called for each code block; does nothing by default.
  public mutating func visitCodeBlock(_ codeBlock: CodeBlock) {}
  /// Called for each HTML block; does nothing by default.
  public mutating func visitHTMLBlock(_ htmlBlock: HTMLBlock) {}
  /// Called for each thematic break; does nothing by default.
  public mutating func visitThematicBreak(_ thematicBreak: ThematicBreak) {}
  /// Called for each table; visits the header cells, then each row's, by default.
  public mutating func visitTable(_ table: Table) {
    for cell in table.header { visit(cell) }
    for row in table.rows {
      for cell in row { visit(cell) }
    }
  }
  /// Called for each inline; visits the children of markup, links and images by default.
  public mutating func visitInline(_ inline: Inline) {
    switch inline {
    case .emphasis(let children), .strong(let children), .strikethrough(let children):
      visit(children)
    case .link(let link): visit(link.children)
    case .image(let image): visit(image.children)
    case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: break
    }
  }
  /// Called once for the footnotes; visits each note's blocks by default.
  public mutating func visitFootnotes(_ footnotes: [Footnote]) {
    for footnote in footnotes {
      for block in footnote.children { visit(block) }
    }
  }
}
