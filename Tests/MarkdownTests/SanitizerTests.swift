import Markdown
import Testing

@Suite struct SanitizerTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    (
      "bell\u{7}and escape\u{1B}[31m",
      "bell and escape[31m".replacingOccurrences(of: " and", with: "and")
    ),
    ("tab\there", "tab    here"),
    ("keep\nnewlines", "keep\nnewlines"),
    ("c1\u{9B}31m", "c131m"),
    ("del\u{7F}", "del"),
    ("bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{200E}\u{200F}\u{061C}", "bidi evil iso "),
    ("café 日本 👩‍⚕️", "café 日本 👩‍⚕️"),
  ])
  func removesControlCharacters(input: String, expected: String) {
    #expect(TextSanitizer.sanitize(input) == expected)
  }

  @Test(arguments: [
    ("\u{202E}", true), ("\u{2069}", true), ("\u{200E}", true), ("\u{061C}", true),
    ("\u{1B}", true), ("\u{9B}", true), ("\u{7F}", true), ("\n", true), ("\t", true),
    ("a", false), ("é", false), ("\u{200D}", false), ("\u{A0}", false), ("日", false),
  ])
  func oneTableForEveryModule(character: String, forbidden: Bool) {
    let scalar = character.unicodeScalars.first!
    #expect(TextSanitizer.isForbidden(scalar) == forbidden)
    #expect(TextSanitizer.containsForbidden("Ana " + character + " B") == forbidden)
    #expect(
      TextSanitizer.removingForbidden("A" + character + "B")
        == (forbidden ? "AB" : "A\(character)B"))
  }

  @Test func removingForbiddenDropsLineBreaksWhereSanitizeKeepsThem() {
    let text = "one\ntwo\tthree\u{202E}"
    #expect(TextSanitizer.removingForbidden(text) == "onetwothree")
    #expect(TextSanitizer.sanitize(text) == "one\ntwo    three")
    #expect(!TextSanitizer.containsForbidden("clean text, café"))
    #expect(TextSanitizer.containsForbidden("line\nbreak"[...]))
  }

  @Test func sanitizesSubstrings() {
    let text = "ok\u{1B}]0;title\u{7}"
    #expect(TextSanitizer.sanitize(text.dropFirst()) == "k]0;title")
  }

  @Test(arguments: [
    "&#27;[31m", "&#x1b;[31m", "&#x9b;31m", "&#0;", "&#x202e;", "&#127;", "&#1114112;",
  ])
  func characterReferencesCannotSmuggleControls(reference: String) {
    let document = MarkdownDocument(parsing: "before \(reference) after")
    for output in [
      TerminalRenderer(width: 80, color: false).render(document),
      PlainRenderer(width: 80).render(document),
      HTMLRenderer().render(document),
      document.plainText,
    ] {
      #expect(OutputChecks.forbiddenCharacter(in: output) == nil, "\(reference)")
    }
    #expect(document.plainText.contains("\u{FFFD}"))
  }

  @Test func rawControlsAreDroppedEvenWhenSplitAcrossNodes() {
    let document = MarkdownDocument(parsing: "*\u{1B}*[2J `\u{1B}`[0m [\u{9B}](x)31m")
    let terminal = TerminalRenderer(width: 80, color: true).render(document)
    #expect(OutputChecks.forbiddenCharacter(in: OutputChecks.strippingSGR(terminal)) == nil)
    #expect(!OutputChecks.strippingSGR(terminal).contains("\u{1B}"))
  }

  @Test(arguments: [
    ("[a](javascript:alert(1))", "#"),
    ("[a](JavaScript:alert(1))", "#"),
    ("[a](<java\tscript:alert(1)>)", "#"),
    ("[a](%20javascript:alert(1))", "#"),
    ("[a](vbscript:msgbox)", "#"),
    ("[a](data:text/html;base64,PHNjcmlwdD4=)", "#"),
    ("![a](data:image/png;base64,iVBOR)", "data:image/png;base64,iVBOR"),
    ("[a](https://example.org/care)", "https://example.org/care"),
  ])
  func dangerousURLsBecomeHash(markdown: String, expected: String) {
    let html = HTMLRenderer().render(MarkdownDocument(parsing: markdown))
    #expect(html.contains("\"\(expected)\""), "\(html)")
  }

  @Test func rawHTMLIsEscaped() {
    let html = HTMLRenderer().render(
      MarkdownDocument(
        parsing: "<script>alert(1)</script>\n\nInline <img src=x onerror=alert(1)> too"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img src=x"))
    #expect(html.contains("&lt;script&gt;"))
  }
}
