import Markdown
import Testing

/// Deep nesting is cut (the rest renders as text), and the document says where.
@Suite struct NestingLimitTests {
  @Test func blockQuotesPastTheLimitAreRecorded() {
    let source = "Intro\n\n" + String(repeating: "> ", count: NestingLimit.blocks + 5) + "deep"
    let document = MarkdownDocument(parsing: source)
    #expect(document.nestingLimits == [NestingLimit(kind: .blockQuote, line: 3)])
    #expect(PlainRenderer(width: 200).render(document).contains("> deep"))
  }

  @Test func listsPastTheLimitAreRecorded() {
    var source = ""
    for depth in 0..<30 { source += String(repeating: "  ", count: depth) + "- item\n" }
    let document = MarkdownDocument(parsing: source)
    #expect(document.nestingLimits.first == NestingLimit(kind: .list, line: 25))
    #expect(document.nestingLimits.allSatisfy { $0.kind == .list })
  }

  @Test func inlineNestingPastTheLimitIsRecordedOnItsLine() {
    let depth = NestingLimit.inlines + 4
    let source =
      "First line\nsecond " + String(repeating: "_a ", count: depth) + "b"
      + String(repeating: " a_", count: depth) + "\n"
    let document = MarkdownDocument(parsing: source)
    #expect(document.nestingLimits == [NestingLimit(kind: .inline, line: 2)])
    #expect(
      MarkdownDocument(parsing: "| a |\n|---|\n| " + source.dropFirst(11) + " |")
        .nestingLimits == [NestingLimit(kind: .inline, line: 3)])
  }

  @Test func ordinaryDocumentsRecordNothing() {
    let document = MarkdownDocument(
      parsing: "> quote\n> > nested\n\n- a\n  - b\n    1. c\n\n**bold _and_ [link](x)**\n")
    #expect(document.nestingLimits.isEmpty)
  }
}
