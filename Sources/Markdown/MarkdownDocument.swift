/// A parsed Markdown document (CommonMark 0.31.2 with GFM tables, task lists, strikethrough
/// and extended autolinks). Parsing never fails: any string is some document.
///
/// Two documents are equal when their sources are; the blocks follow from the source.
public struct MarkdownDocument: Sendable, Hashable {
  public let source: String
  public let blocks: [Block]

  /// - Parameter extendedAutolinks: GFM's autolinking of addresses written as plain text
  ///   (`www.example.org`, `https://…`, `name@example.org`); off for strict CommonMark.
  public init(parsing source: String, extendedAutolinks: Bool = true) {
    self.source = source
    let bytes = TextSanitizer.sanitizeSource(source)
    self.blocks = bytes.withUnsafeBufferPointer { buffer in
      var parser = BlockParser(buffer)
      parser.parse()
      var builder = DocumentBuilder(parser: parser, extendedAutolinks: extendedAutolinks)
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
