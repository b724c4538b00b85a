import Markdown
import Testing

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("port", 4),
    ("", 0),
    ("日本語", 6),
    ("ＡＢ", 4),
    ("한국", 4),
    ("e\u{301}", 1),
    ("\u{301}", 0),
    ("😊", 2),
    ("👩‍⚕️", 2),
    ("👨‍👩‍👧", 2),
    ("❤️", 2),
    ("🇯🇵", 2),
    ("✅", 2),
    ("a\u{200B}b", 2),
    ("•◦▪", 3),
  ])
  func countsTerminalColumns(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test func wrapsWideCharactersByColumns() {
    let document = MarkdownDocument(parsing: String(repeating: "日本語 ", count: 20))
    let output = PlainRenderer(width: 20).render(document)
    #expect(OutputChecks.overlongLines(in: output, width: 20).isEmpty)
    #expect(output.split(separator: "\n").first == "日本語 日本語 日本語")
  }
}
