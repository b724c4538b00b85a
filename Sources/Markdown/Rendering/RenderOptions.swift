/// Choices every renderer (terminal, plain, HTML) takes. The defaults are what learners should
/// see; `strict` renders exactly the characters written, as the CommonMark spec expects.
public struct RenderOptions: Sendable, Hashable {
  /// Straight quotes become curly (“ ” ‘ ’, and ’ for apostrophes), `--` an en dash, `---` an
  /// em dash, `...` an ellipsis; in text only, never in code, addresses or raw HTML.
  public var typographicPunctuation: Bool

  /// Options with typographic punctuation on unless turned off.
  public init(typographicPunctuation: Bool = true) {
    self.typographicPunctuation = typographicPunctuation
  }

  /// For content shown to learners (the renderers' default).
  public static let content = RenderOptions(typographicPunctuation: true)
  /// The characters as written, for the CommonMark spec run and for tools.
  public static let strict = RenderOptions(typographicPunctuation: false)

  /// The document as these options show it.
  func prepare(_ document: MarkdownDocument) -> MarkdownDocument {
    typographicPunctuation ? TypographicPunctuation.applied(to: document) : document
  }
}
