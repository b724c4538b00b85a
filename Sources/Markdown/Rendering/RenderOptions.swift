/// Choices every renderer (terminal, plain, HTML) takes. The defaults are what learners should
/// see; `strict` renders exactly the characters written, as the CommonMark spec expects.
public struct RenderOptions: Sendable, Hashable {
  /// Straight quotes become curly (“ ” ‘ ’, and ’ for apostrophes), `--` an en dash, `---` an
  /// em dash, `...` an ellipsis; in text only, never in code, addresses or raw HTML.
  public var typographicPunctuation: Bool
  /// For bundle content: links and images checked against the content policy as they are shown
  /// (see `ContentLinks`); `nil` shows every address as written, as the spec does.
  public var contentLinks: ContentLinks?
  /// Put before the ids of footnotes in HTML (`fn-care-1`), so that several documents on one
  /// page (a handout's topics) keep their notes apart; empty for GitHub's ids.
  public var footnoteIDPrefix: String
  /// The bundle's figures: a ```` ```figure id=… ```` block naming one of them is drawn (braille
  /// in the terminal, its words in plain text, SVG in HTML); `nil` keeps such blocks as code,
  /// as the spec does.
  public var figures: FigureShelf?

  /// Options with typographic punctuation on unless turned off.
  public init(
    typographicPunctuation: Bool = true, contentLinks: ContentLinks? = nil,
    footnoteIDPrefix: String = "", figures: FigureShelf? = nil
  ) {
    self.typographicPunctuation = typographicPunctuation
    self.contentLinks = contentLinks
    self.footnoteIDPrefix = footnoteIDPrefix
    self.figures = figures
  }

  /// Options for bundle content from a file in `folder` (`topics` for a topic), with the
  /// bundle's pictures as `data:` addresses by path and its figures.
  public static func bundleContent(
    from folder: String, images: [String: String] = [:], figures: FigureShelf? = nil
  ) -> RenderOptions {
    RenderOptions(
      typographicPunctuation: true, contentLinks: ContentLinks(folder: folder, images: images),
      figures: figures)
  }

  /// For content shown to learners (the renderers' default).
  public static let content = RenderOptions(typographicPunctuation: true)
  /// The characters as written, for the CommonMark spec run and for tools.
  public static let strict = RenderOptions(typographicPunctuation: false)

  /// The document as these options show it.
  func prepare(_ document: MarkdownDocument) -> MarkdownDocument {
    let linked = contentLinks?.applied(to: document) ?? document
    return typographicPunctuation ? TypographicPunctuation.applied(to: linked) : linked
  }
}
