import Markdown
import Testing

/// Typographic punctuation: on by default for content, off with `RenderOptions.strict`.
@Suite struct TypographicPunctuationTests {
  private func html(_ markdown: String, _ options: RenderOptions = .content) -> String {
    HTMLRenderer(options: options).render(MarkdownDocument(parsing: markdown))
  }

  @Test(arguments: [
    ("\"Flush\" it", "“Flush” it"),
    ("It's your port's septum.", "It’s your port’s septum."),
    ("'Keep it dry,' she said.", "‘Keep it dry,’ she said."),
    ("in the '90s", "in the ’90s"),
    ("a 4--6 week wait", "a 4–6 week wait"),
    ("Call---do not wait", "Call—do not wait"),
    ("well-known", "well-known"),
    ("Wait...", "Wait…"),
    ("(\"quoted\")", "(“quoted”)"),
    ("He said \"*now*\".", "He said “<em>now</em>”."),
    ("**\"Bold\"** words", "<strong>“Bold”</strong> words"),
  ])
  func convertsText(markdown: String, expected: String) {
    #expect(html(markdown) == "<p>\(expected)</p>\n")
  }

  @Test func codeAddressesAndRawHTMLKeepTheirCharacters() {
    #expect(html("`it's -- \"x\"`") == "<p><code>it's -- &quot;x&quot;</code></p>\n")
    #expect(
      html("```\n\"a\" -- b...\n```\n") == "<pre><code>&quot;a&quot; -- b...\n</code></pre>\n")
    #expect(
      html("[\"a\"](/a--b \"it's\")")
        == "<p><a href=\"/a--b\" title=\"it's\">“a”</a></p>\n")
    #expect(html("<span title=\"a--b\">") == "<p>&lt;span title=&quot;a--b&quot;&gt;</p>\n")
  }

  @Test func theContextRunsAcrossCodeAndBreaks() {
    #expect(html("`x`'s value") == "<p><code>x</code>’s value</p>\n")
    #expect(html("line\n\"next\"") == "<p>line\n“next”</p>\n")
  }

  @Test func strictKeepsEveryCharacter() {
    #expect(html("\"a\" -- b's...", .strict) == "<p>&quot;a&quot; -- b's...</p>\n")
  }

  @Test func everyRendererUsesIt() {
    let document = MarkdownDocument(
      parsing:
        "# Don't wait\n\n| It's | ok |\n|---|---|\n| \"a\" | b |\n\nNote.[^n]\n\n[^n]: It's so.\n")
    for output in [
      TerminalRenderer(width: 80, color: false).render(document),
      PlainRenderer(width: 80).render(document),
      HTMLRenderer().render(document),
    ] {
      #expect(!output.contains("'"), "\(output)")
      #expect(output.contains("Don’t") && output.contains("It’s so."), "\(output)")
    }
    #expect(
      TerminalRenderer(width: 80, color: false, options: .strict).render(document).contains("Don't")
    )
    #expect(PlainRenderer(width: 80, options: .strict).render(document).contains("Don't"))
    // The document itself keeps what the author wrote (search and lint read it).
    #expect(document.plainText.contains("Don't"))
  }
}
