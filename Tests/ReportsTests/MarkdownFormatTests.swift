import Foundation
import Reports
import TestSupport
import Testing

@Suite("Markdown record")
struct MarkdownFormatTests {
  @Test func matchesTheGoldenFile() throws {
    let text = try ReportFormat.md.render(SampleSession.record(), timeZone: .gmt)
    Snapshot.assertMatches(text, named: "education-record")
  }

  @Test func escapesTextFromOutside() throws {
    let text = try ReportFormat.md.render(SampleSession.record(), timeZone: .gmt)
    #expect(text.contains("\\<script\\>alert(1)\\</script\\> \\& \"quotes\""))
    #expect(!text.contains("<script>"))
  }

  @Test(arguments: [
    ("Plain words, with commas. And a question?", "Plain words, with commas. And a question?"),
    ("# not a heading", "\\# not a heading"), ("- not a list", "\\- not a list"),
    ("1. not a list", "1\\. not a list"), ("12) nor this", "12\\) nor this"),
    ("a | b", "a \\| b"), ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
    ("[link](x)", "\\[link\\](x)"), ("two\nlines", "two lines"), ("x\u{1B}[2Jy", "x\\[2Jy"),
  ])
  func readableEscaping(input: String, expected: String) {
    #expect(MarkdownEscaping.escapeReadably(input) == expected)
  }
}
