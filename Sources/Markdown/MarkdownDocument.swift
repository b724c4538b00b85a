/// A parsed Markdown document (CommonMark 0.31.2 with GFM tables, task lists and
/// strikethrough). Parsing never fails: any string is some document.
///
/// Two documents are equal when their sources are; the blocks follow from the source.
public struct MarkdownDocument: Sendable, Hashable {
  public let source: String
  public let blocks: [Block]

  public init(parsing source: String) {
    self.source = source
    let bytes = TextSanitizer.sanitizeSource(source)
    self.blocks = bytes.withUnsafeBufferPointer { buffer in
      var parser = BlockParser(buffer)
      parser.parse()
      var builder = DocumentBuilder(parser: parser)
      return builder.build()
    }
  }

  /// The document's words without markup, blocks separated by blank lines
  /// (used for search and readability scores).
  public var plainText: String {
    var walker = PlainTextCollector()
    walker.visit(self)
    return walker.result
  }

  public static func == (lhs: MarkdownDocument, rhs: MarkdownDocument) -> Bool {
    lhs.source == rhs.source
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
