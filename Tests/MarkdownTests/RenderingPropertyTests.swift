import Markdown
import PropertyBased
import TestSupport
import Testing

/// For any input, parsing terminates and every renderer's output is clean and fits. Inputs are
/// drawn from a fixed seed (`TestSeed`), named in every failure, so a run repeats exactly.
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

  /// A PropertyBased generator seeded from `seed`, so its generators draw the same inputs.
  static func random(_ seed: TestSeed) -> Xoshiro {
    var mixer = seed.makeGenerator()
    return Xoshiro(seed: (mixer.next(), mixer.next(), mixer.next(), mixer.next()))
  }

  @Test func terminalOutputIsCleanAndFits() {
    let seed = TestSeed(1)
    var random = Self.random(seed)
    for _ in 0..<150 {
      let source = Self.markdown.run(using: &random)
      let width = Int.random(in: 20...100, using: &random)
      let document = MarkdownDocument(parsing: source)
      for color in [true, false] {
        let output = TerminalRenderer(width: width, color: color).render(document)
        if !color { #expect(!output.contains("\u{1B}"), "no escape codes without colour, \(seed)") }
        let visible = OutputChecks.strippingSGR(output)
        #expect(
          OutputChecks.forbiddenCharacter(in: visible) == nil,
          "in \(source.debugDescription), \(seed)")
        #expect(
          OutputChecks.overlongLines(in: output, width: width) == [],
          "\(source.debugDescription), \(seed)")
      }
    }
  }

  @Test func plainOutputIsCleanAndFits() {
    let seed = TestSeed(2)
    var random = Self.random(seed)
    for _ in 0..<150 {
      let source = Self.markdown.run(using: &random)
      let width = Int.random(in: 20...100, using: &random)
      let output = PlainRenderer(width: width).render(MarkdownDocument(parsing: source))
      let note = "in \(source.debugDescription), \(seed)"
      #expect(OutputChecks.forbiddenCharacter(in: output) == nil, "\(note)")
      #expect(!OutputChecks.containsBoxDrawing(output), "\(note)")
      #expect(OutputChecks.overlongLines(in: output, width: width) == [], "\(note)")
    }
  }

  @Test func htmlOutputIsClean() {
    let seed = TestSeed(3)
    var random = Self.random(seed)
    for _ in 0..<150 {
      let source = Self.markdown.run(using: &random)
      let document = MarkdownDocument(parsing: source)
      let output = HTMLRenderer().render(document)
      let note = "in \(source.debugDescription), \(seed)"
      #expect(OutputChecks.forbiddenCharacter(in: output, allowingTab: true) == nil, "\(note)")
      #expect(!output.lowercased().contains("href=\"javascript:"), "\(note)")
      #expect(!output.contains("<a href=\"x\">"), "raw HTML must be escaped, \(note)")
      #expect(OutputChecks.forbiddenCharacter(in: document.plainText) == nil, "\(note)")
    }
  }

  @Test func tinyWidthsStillTerminateCleanly() {
    let seed = TestSeed(4)
    var random = Self.random(seed)
    for _ in 0..<60 {
      let source = Self.markdown.run(using: &random)
      let width = Int.random(in: 1...19, using: &random)
      let document = MarkdownDocument(parsing: source)
      let terminal = TerminalRenderer(width: width, color: true).render(document)
      let note = "in \(source.debugDescription) at width \(width), \(seed)"
      #expect(
        OutputChecks.forbiddenCharacter(in: OutputChecks.strippingSGR(terminal)) == nil, "\(note)")
      #expect(
        OutputChecks.forbiddenCharacter(in: PlainRenderer(width: width).render(document)) == nil,
        "\(note)")
    }
  }

  @Test func arbitraryLatin1NeverBreaksTheRenderers() {
    let seed = TestSeed(5)
    var random = Self.random(seed)
    let latin1 = Gen.latin1.string(of: 0...200)
    for _ in 0..<100 {
      let source = latin1.run(using: &random)
      let document = MarkdownDocument(parsing: source)
      let terminal = TerminalRenderer(width: 30, color: true).render(document)
      let note = "in \(source.debugDescription), \(seed)"
      #expect(
        OutputChecks.forbiddenCharacter(in: OutputChecks.strippingSGR(terminal)) == nil, "\(note)")
      #expect(OutputChecks.overlongLines(in: terminal, width: 30) == [], "\(note)")
      #expect(
        OutputChecks.forbiddenCharacter(in: PlainRenderer(width: 30).render(document)) == nil,
        "\(note)")
    }
  }
}
