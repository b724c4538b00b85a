import Markdown
import Testing

/// GFM footnotes: `[^label]` references, `[^label]:` definitions, numbered in the order of
/// first reference, rendered after the text by every renderer.
@Suite struct FootnoteTests {
  static let source = """
    Flush the port every 4 weeks[^flush] when it is not in use.[^1]

    [^1]: Ask your care team; some clinics flush more often.

    Most ports last for years.[^flush]

    [^flush]: Children's Hospital patient guide, 2024.
        Indented lines continue the note.

        A second paragraph of the note.

    [^unused]: Nobody refers to this one.
    """

  static let document = MarkdownDocument(parsing: source)

  @Test func notesAreNumberedInTheOrderOfFirstReference() {
    #expect(Self.document.footnotes.map(\.label) == ["flush", "1"])
    #expect(Self.document.footnotes.map(\.number) == [1, 2])
    #expect(Self.document.footnotes.map(\.referenceCount) == [2, 1])
    #expect(Self.document.footnotes[0].children.count == 2)
    #expect(Self.document.footnotes[0].position == SourcePosition(line: 7, column: 1))
    guard case .paragraph(let first)? = Self.document.blocks.first else {
      Issue.record("expected a paragraph")
      return
    }
    let expected: [Inline] = [
      .text("Flush the port every 4 weeks"),
      .footnoteReference(FootnoteReference(number: 1, label: "flush", occurrence: 1)),
      .text(" when it is not in use."),
      .footnoteReference(FootnoteReference(number: 2, label: "1", occurrence: 1)),
    ]
    #expect(first.content == expected)
    // Definitions are not blocks of the text.
    #expect(Self.document.blocks.count == 2)
  }

  @Test func htmlMatchesGitHub() {
    let html = HTMLRenderer().render(
      MarkdownDocument(parsing: "Twice[^x] here[^x].\n\n[^x]: once\n"))
    #expect(
      html == """
        <p>Twice<sup class="footnote-ref"><a href="#fn-x" id="fnref-x" data-footnote-ref>1</a></sup> \
        here<sup class="footnote-ref"><a href="#fn-x" id="fnref-x-2" data-footnote-ref>1</a></sup>.</p>
        <section class="footnotes" data-footnotes>
        <ol>
        <li id="fn-x">
        <p>once <a href="#fnref-x" class="footnote-backref" data-footnote-backref \
        data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a> \
        <a href="#fnref-x-2" class="footnote-backref" data-footnote-backref \
        data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a></p>
        </li>
        </ol>
        </section>

        """)
  }

  @Test func aNoteEndingInCodeGetsItsBackLinkOnItsOwnLine() {
    let html = HTMLRenderer().render(
      MarkdownDocument(parsing: "See[^code].\n\n[^code]:\n        let x = 1\n"))
    #expect(
      html.contains(
        "<li id=\"fn-code\">\n<pre><code>let x = 1\n</code></pre>\n<a href=\"#fnref-code\""))
  }

  @Test func labelsAreEscapedInIDs() {
    let html = HTMLRenderer().render(
      MarkdownDocument(parsing: "A[^\"><b>]\n\n[^\"><b>]: note\n"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("href=\"#fn-%22%3E%3Cb%3E\""))
  }

  @Test func undefinedReferencesStayText() {
    let document = MarkdownDocument(parsing: "No note[^missing] and [^a b].\n")
    #expect(document.footnotes.isEmpty)
    #expect(document.plainText == "No note[^missing] and [^a b].")
  }

  @Test func terminalAndPlainNumberTheNotesAtTheEnd() {
    let terminal = TerminalRenderer(width: 40, color: false).render(Self.document)
    #expect(terminal.contains("Flush the port every 4 weeks[1] when it"))
    #expect(terminal.contains("────────────────────\n[1] Children’s Hospital patient guide,"))
    #expect(terminal.contains("\n[2] Ask your care team; some clinics\n    flush more often."))
    #expect(!terminal.contains("Nobody refers"))
    let plain = PlainRenderer(width: 80).render(Self.document)
    #expect(plain.contains("Notes:\n[1] Children’s Hospital patient guide, 2024. Indented lines"))
    #expect(plain.contains("[2] Ask your care team"))
    let colored = TerminalRenderer(width: 40, color: true).render(Self.document)
    #expect(OutputChecks.overlongLines(in: colored, width: 40).isEmpty)
  }

  @Test func notesCanReferToFurtherNotes() {
    let document = MarkdownDocument(
      parsing: "Text[^a].\n\n[^a]: See also[^b].\n[^b]: The other one.\n")
    #expect(document.footnotes.map(\.label) == ["a", "b"])
    #expect(document.plainText.contains("The other one."))
  }

  @Test func referencesInsideLinksAndEmphasis() {
    let html = HTMLRenderer().render(
      MarkdownDocument(parsing: "*Fever[^f]* and [a link[^f]](/x)\n\n[^f]: note\n"))
    #expect(html.hasPrefix("<p><em>Fever<sup class=\"footnote-ref\">"))
    #expect(html.contains("<a href=\"/x\">a link<sup class=\"footnote-ref\">"))
  }
}
