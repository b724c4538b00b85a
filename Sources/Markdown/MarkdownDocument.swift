/// A parsed Markdown document (CommonMark 0.31.2 with GFM tables, task lists, strikethrough
/// and extended autolinks). Parsing never fails: any string is some document.
///
/// Two documents are equal when their sources are; the blocks follow from the source.
public struct MarkdownDocument: Sendable, Hashable {
  /// The text as given, before control characters are removed.
  public let source: String
  /// The top-level blocks, in order.
  public let blocks: [Block]
  /// Steps of work the parser did, counted in its loops (bytes read, containers matched,
  /// delimiters and brackets walked, nodes moved), never time. Linear-time tests check that it
  /// grows in proportion to the input; no input costs more than
  /// `MarkdownDocument.workPerByteBound` steps per byte.
  public let parseWork: Int
  /// Where the source nests deeper than the engine follows (the rest renders as text), in
  /// order of line; empty for almost every document.
  public let nestingLimits: [NestingLimit]
  /// The GFM footnotes the text refers to, numbered in the order of their first reference;
  /// renderers show them after the blocks.
  public let footnotes: [Footnote]
  /// Whether the source has a straight quote, `--` or `...` anywhere, so typographic
  /// punctuation has something to do (one scan of the bytes while parsing).
  let hasTypographicCandidates: Bool

  /// The most steps of `parseWork` an input may cost per byte of source, which
  /// `LinearTimeTests` holds every hostile shape to (the costliest measured, runs of `*a `
  /// openers closed by `_a*_ `, takes 6). Scans the counter leaves out are bounded by constants
  /// per start: link destinations stop after 32 nested parentheses, labels after 999
  /// characters, entity names after 32 bytes.
  public static let workPerByteBound = 8

  /// - Parameter extendedAutolinks: GFM's autolinking of addresses written as plain text
  ///   (`www.example.org`, `https://…`, `name@example.org`); off for strict CommonMark.
  public init(parsing source: String, extendedAutolinks: Bool = true) {
    self.source = source
    var text = source
    // Clean source (nearly all of it) is parsed where it lies; other source is cleaned first.
    let parsed =
      text.withUTF8 { bytes in
        TextSanitizer.isClean(bytes, allowingTabAndReturn: true)
          ? Self.parse(bytes, extendedAutolinks: extendedAutolinks) : nil
      }
      ?? TextSanitizer.sanitizeSource(source).withUnsafeBufferPointer {
        Self.parse($0, extendedAutolinks: extendedAutolinks)
      }
    (blocks, footnotes, parseWork, nestingLimits, hasTypographicCandidates) = parsed
  }

  private static func parse(_ whole: UnsafeBufferPointer<UInt8>, extendedAutolinks: Bool) -> (
    [Block], [Footnote], Int, [NestingLimit], Bool
  ) {
    // A byte order mark (U+FEFF, which some editors write first) is no part of the text.
    let start = whole.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let buffer = UnsafeBufferPointer(rebasing: whole[start...])
    var parser = BlockParser(buffer)
    parser.parse()
    var builder = DocumentBuilder(parser: parser, extendedAutolinks: extendedAutolinks)
    var blocks = builder.build()
    var footnotes = builder.footnotes()
    if parser.sawFormControl {
      blocks = FormControlRemoval.removing(from: blocks)
      for index in footnotes.indices {
        footnotes[index].children = FormControlRemoval.removing(from: footnotes[index].children)
      }
    }
    let limits = (parser.nestingLimits + builder.inlineNestingLimits).sorted {
      $0.line < $1.line
    }
    let candidates = TypographicPunctuation.needsWork(buffer)
    return (blocks, footnotes, parser.steps + builder.steps, limits, candidates)
  }

  /// The same document with other blocks (a renderer's view of it, such as typographic
  /// punctuation).
  init(replacingBlocksOf document: MarkdownDocument, with blocks: [Block], footnotes: [Footnote]) {
    source = document.source
    self.blocks = blocks
    self.footnotes = footnotes
    parseWork = document.parseWork
    nestingLimits = document.nestingLimits
    hasTypographicCandidates = document.hasTypographicCandidates
  }

  /// The document's words without markup, blocks separated by blank lines
  /// (used for search and readability scores).
  public var plainText: String {
    var walker = PlainTextCollector()
    walker.visit(self)
    return walker.result
  }

  /// Equal when the sources are.
  public static func == (lhs: MarkdownDocument, rhs: MarkdownDocument) -> Bool {
    lhs.source == rhs.source
  }

  /// Hashes the source alone, to agree with `==`.
  public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
