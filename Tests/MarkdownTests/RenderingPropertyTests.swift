import Markdown
import PropertyBased
import Testing

/// For any input, parsing terminates and every renderer's output is clean and fits.
@Suite struct RenderingPropertyTests {
  /// Markdown syntax, hostile characters (raw and as references) and ordinary words.
  static let tokens: [String] = [
    "*", "**", "_", "__", "~~", "~", "`", "```", "[", "]", "(", ")", "<", ">", "!", "#", "# ",
    "- ", "* ", "1. ", "2) ", "> ", "\n", "\n\n", "    ", "\t", "|", " | ", "---", "===",
    "| a | b |\n|---|:-:|\n", "- [ ] ", "- [x] ", "{#id}", "\\", "<!--", "-->", "<a href=\"x\">",
    "&#27;", "&#x9b;", "&#0;", "&#x202E;", "&amp;", "&nbsp;", "&bogus;", "\u{1B}[31m", "\u{1B}",
    "\u{9B}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\u{7F}", "\u{0}", "\r", "\r\n",
    "word", " ", "care team", "supercalifragilisticexpialidociouslywordywordword", "日本語",
    "👩‍⚕️", "e\u{301}", "✅", "https://example.org/a/very/long/path/that/goes/on",
    "[link](javascript:alert(1))", "![alt](data:text/html,x)", "<https://x.org>",
  ]

  static let markdown = Gen<String?>.element(of: tokens).map { $0 ?? "" }.array(of: 0...40)
    .map { $0.joined() }

  @Test func terminalOutputIsCleanAndFits() async {
    await propertyCheck(count: 150, input: Self.markdown, Gen.int(in: 20...100)) { source, width in
      let document = MarkdownDocument(parsing: source)
      for color in [true, false] {
        let output = TerminalRenderer(width: width, color: color).render(document)
        if !color { #expect(!output.contains("\u{1B}"), "no escape codes without colour") }
        let visible = OutputChecks.strippingSGR(output)
        #expect(
          OutputChecks.forbiddenCharacter(in: visible) == nil, "in \(source.debugDescription)")
        #expect(
          OutputChecks.overlongLines(in: output, width: width) == [], "\(source.debugDescription)")
      }
    }
  }

  @Test func plainOutputIsCleanAndFits() async {
    await propertyCheck(count: 150, input: Self.markdown, Gen.int(in: 20...100)) { source, width in
      let output = PlainRenderer(width: width).render(MarkdownDocument(parsing: source))
      #expect(OutputChecks.forbiddenCharacter(in: output) == nil, "in \(source.debugDescription)")
      #expect(!OutputChecks.containsBoxDrawing(output), "in \(source.debugDescription)")
      #expect(
        OutputChecks.overlongLines(in: output, width: width) == [], "\(source.debugDescription)")
    }
  }

  @Test func htmlOutputIsClean() async {
    await propertyCheck(count: 150, input: Self.markdown) { source in
      let document = MarkdownDocument(parsing: source)
      let output = HTMLRenderer().render(document)
      #expect(OutputChecks.forbiddenCharacter(in: output, allowingTab: true) == nil)
      #expect(!output.lowercased().contains("href=\"javascript:"))
      #expect(!output.contains("<a href=\"x\">"), "raw HTML must be escaped")
      #expect(OutputChecks.forbiddenCharacter(in: document.plainText) == nil)
    }
  }

  @Test func tinyWidthsStillTerminateCleanly() async {
    await propertyCheck(count: 60, input: Self.markdown, Gen.int(in: 1...19)) { source, width in
      let document = MarkdownDocument(parsing: source)
      let terminal = TerminalRenderer(width: width, color: true).render(document)
      #expect(OutputChecks.forbiddenCharacter(in: OutputChecks.strippingSGR(terminal)) == nil)
      #expect(
        OutputChecks.forbiddenCharacter(in: PlainRenderer(width: width).render(document)) == nil)
    }
  }

  @Test func arbitraryLatin1NeverBreaksTheRenderers() async {
    await propertyCheck(count: 100, input: Gen.latin1.string(of: 0...200)) { source in
      let document = MarkdownDocument(parsing: source)
      let terminal = TerminalRenderer(width: 30, color: true).render(document)
      #expect(OutputChecks.forbiddenCharacter(in: OutputChecks.strippingSGR(terminal)) == nil)
      #expect(OutputChecks.overlongLines(in: terminal, width: 30) == [])
      #expect(OutputChecks.forbiddenCharacter(in: PlainRenderer(width: 30).render(document)) == nil)
    }
  }
}
