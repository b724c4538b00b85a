import Markdown
import Testing

@Suite struct RendererTests {
  @Test func colourOffEmitsNoEscapeCodes() {
    let document = MarkdownDocument(
      parsing: "# Title\n\n*a* **b** `c` ~~d~~ [e](https://x.org)\n\n> **Note** this")
    #expect(!TerminalRenderer(width: 60, color: false).render(document).contains("\u{1B}"))
    #expect(TerminalRenderer(width: 60, color: true).render(document).contains("\u{1B}[1m"))
  }

  @Test func linksShowTheirURLUnlessItIsTheText() {
    let renderer = TerminalRenderer(width: 80, color: false)
    #expect(
      renderer.render(MarkdownDocument(parsing: "[care](https://x.org)"))
        == "care (https://x.org)\n")
    #expect(renderer.render(MarkdownDocument(parsing: "<https://x.org>")) == "https://x.org\n")
  }

  @Test func calloutIsFramedInTheTerminalAndAnnouncedInPlainText() {
    let document = MarkdownDocument(parsing: "> **Call your care team** if you have a fever.")
    let terminal = TerminalRenderer(width: 40, color: false).render(document)
    #expect(
      terminal == """
        ╭───────────────────────────────────╮
        │ Call your care team if you have a │
        │ fever.                            │
        ╰───────────────────────────────────╯

        """)
    #expect(
      PlainRenderer(width: 80).render(document)
        == "Important — Call your care team: if you have a fever.\n")
  }

  @Test func plainListsUseWordsForTasks() {
    let document = MarkdownDocument(
      parsing: "1. First\n2. Second\n\n- [x] Done thing\n- [ ] Open thing\n")
    #expect(
      PlainRenderer(width: 80).render(document) == """
        1. First
        2. Second

        - Done: Done thing
        - To do: Open thing

        """)
  }

  @Test func plainTablesAreReadRowByRow() {
    let document = MarkdownDocument(parsing: "| Sign | Action |\n|---|---|\n| Fever | Call now |\n")
    #expect(PlainRenderer(width: 80).render(document) == "Sign: Fever; Action: Call now.\n")
  }

  @Test func tablesTooWideShrinkToTheWidth() {
    let cells = (1...6).map { "column \($0) has a fairly long heading" }
    let source =
      "| " + cells.joined(separator: " | ") + " |\n" + String(repeating: "|---", count: 6) + "|\n"
      + "| " + (1...6).map { "value \($0)" }.joined(separator: " | ") + " |\n"
    let output = TerminalRenderer(width: 60, color: false).render(MarkdownDocument(parsing: source))
    #expect(OutputChecks.overlongLines(in: output, width: 60).isEmpty)
    #expect(output.hasPrefix("┌"))
  }

  @Test func codeLinesBreakWithAMarkInsteadOfOverflowing() {
    let document = MarkdownDocument(parsing: "    " + String(repeating: "x", count: 50) + "\n")
    let output = TerminalRenderer(width: 30, color: false).render(document)
    #expect(OutputChecks.overlongLines(in: output, width: 30).isEmpty)
    #expect(output.contains("↩"))
    #expect(output.replacingOccurrences(of: "↩\n", with: "").filter { $0 == "x" }.count == 50)
  }
}

@Suite struct HTMLExtensionTests {
  @Test func tablesAndTaskListsRenderAsGFMHTML() {
    let html = HTMLRenderer().render(
      MarkdownDocument(
        parsing: "| Sign | Action |\n|:-:|--:|\n| Fever | Call |\n\n- [x] Dry\n- [ ] Swim\n"))
    #expect(
      html == """
        <table>
        <thead>
        <tr>
        <th align="center">Sign</th>
        <th align="right">Action</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td align="center">Fever</td>
        <td align="right">Call</td>
        </tr>
        </tbody>
        </table>
        <ul>
        <li><input type="checkbox" checked="" aria-label="Dry" disabled="" /> Dry</li>
        <li><input type="checkbox" aria-label="Swim" disabled="" /> Swim</li>
        </ul>

        """)
  }

  @Test func themesCannotInjectEscapeSequences() {
    var codes = TerminalTheme.standard.codes
    codes[.strong] = "1m\u{1B}]0;owned\u{7}"
    let renderer = TerminalRenderer(width: 40, color: true, theme: TerminalTheme(codes: codes))
    let output = renderer.render(MarkdownDocument(parsing: "**bold**"))
    #expect(OutputChecks.forbiddenCharacter(in: OutputChecks.strippingSGR(output)) == nil)
    #expect(!output.contains("owned"))
  }
}
