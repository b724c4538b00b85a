import Markdown
import Testing

/// GFM's extended autolinks, with the examples of the GFM spec (section 6.9).
@Suite struct ExtendedAutolinkTests {
  static func html(_ markdown: String) -> String {
    HTMLRenderer(options: .strict).render(MarkdownDocument(parsing: markdown))
  }

  @Test(arguments: [
    ("www.commonmark.org", #"<p><a href="http://www.commonmark.org">www.commonmark.org</a></p>"#),
    (
      "Visit www.commonmark.org/help for more information.",
      #"<p>Visit <a href="http://www.commonmark.org/help">www.commonmark.org/help</a> for more information.</p>"#
    ),
    (
      "Visit www.commonmark.org.",
      #"<p>Visit <a href="http://www.commonmark.org">www.commonmark.org</a>.</p>"#
    ),
    (
      "Visit www.commonmark.org/a.b.",
      #"<p>Visit <a href="http://www.commonmark.org/a.b">www.commonmark.org/a.b</a>.</p>"#
    ),
    (
      "www.google.com/search?q=Markup+(business)))",
      #"<p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a>))</p>"#
    ),
    (
      "(www.google.com/search?q=Markup+(business))",
      #"<p>(<a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a>)</p>"#
    ),
    (
      "www.google.com/search?q=(business))+ok",
      #"<p><a href="http://www.google.com/search?q=(business))+ok">www.google.com/search?q=(business))+ok</a></p>"#
    ),
    (
      "www.google.com/search?q=commonmark&hl;",
      #"<p><a href="http://www.google.com/search?q=commonmark">www.google.com/search?q=commonmark</a>&amp;hl;</p>"#
    ),
    (
      "www.commonmark.org/he<lp",
      #"<p><a href="http://www.commonmark.org/he">www.commonmark.org/he</a>&lt;lp</p>"#
    ),
    (
      "(Visit https://encrypted.google.com/search?q=Markup+(business))",
      #"<p>(Visit <a href="https://encrypted.google.com/search?q=Markup+(business)">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>"#
    ),
    ("foo@bar.baz", #"<p><a href="mailto:foo@bar.baz">foo@bar.baz</a></p>"#),
    (
      "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
      #"<p>hello@mail+xyz.example isn't valid, but <a href="mailto:hello+xyz@mail.example">hello+xyz@mail.example</a> is.</p>"#
    ),
    ("a.b-c_d@a.b.", #"<p><a href="mailto:a.b-c_d@a.b">a.b-c_d@a.b</a>.</p>"#),
    ("a.b-c_d@a.b-", "<p>a.b-c_d@a.b-</p>"),
    ("a.b-c_d@a.b_", "<p>a.b-c_d@a.b_</p>"),
    ("www.exa_mple.com", "<p>www.exa_mple.com</p>"),
    ("awww.example.org", "<p>awww.example.org</p>"),
    ("www.", "<p>www.</p>"),
    ("*www.example.org*", #"<p><em><a href="http://www.example.org">www.example.org</a></em></p>"#),
  ])
  func linksAddressesWrittenAsText(_ markdown: String, _ expected: String) {
    #expect(Self.html(markdown) == expected + "\n")
  }

  @Test func leavesLinkTextAndCodeAlone() {
    #expect(
      Self.html("[see www.example.org](https://example.org) `www.example.org`")
        == #"<p><a href="https://example.org">see www.example.org</a> <code>www.example.org</code></p>"#
        + "\n")
  }

  @Test func terminalShowsTheAddressOnce() {
    let text = PlainRenderer(width: 80).render(MarkdownDocument(parsing: "Go to www.example.org."))
    #expect(text == "Go to www.example.org.\n")
  }

  @Test func isOffForStrictCommonMark() {
    let document = MarkdownDocument(parsing: "www.example.org", extendedAutolinks: false)
    #expect(HTMLRenderer().render(document) == "<p>www.example.org</p>\n")
  }
}
