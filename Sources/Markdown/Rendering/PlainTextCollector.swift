/// Collects a document's words for `MarkdownDocument.plainText`: one paragraph of text per
/// leaf block, blank lines between them.
struct PlainTextCollector: MarkupWalker {
  private(set) var result = ""

  private mutating func block(_ text: String) {
    guard !text.isEmpty else { return }
    if !result.isEmpty { result += "\n\n" }
    result += TextSanitizer.sanitize(text)
  }

  mutating func visitHeading(_ heading: Heading) { block(Inline.plainText(of: heading.content)) }
  mutating func visitParagraph(_ paragraph: Paragraph) {
    block(Inline.plainText(of: paragraph.content))
  }
  mutating func visitCodeBlock(_ codeBlock: CodeBlock) {
    var code = codeBlock.code
    while code.last == "\n" { code.removeLast() }
    block(code)
  }
  mutating func visitHTMLBlock(_ htmlBlock: HTMLBlock) { block(htmlBlock.visibleHTML) }
  mutating func visitTable(_ table: Table) {
    var lines = [table.header.map { Inline.plainText(of: $0) }.joined(separator: " ")]
    for row in table.rows {
      lines.append(row.map { Inline.plainText(of: $0) }.joined(separator: " "))
    }
    block(lines.joined(separator: "\n"))
  }
}
