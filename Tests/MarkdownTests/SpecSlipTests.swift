import Markdown
import Testing

/// Places where the engine once slipped from CommonMark, GFM or what authors' files contain.
@Suite struct SpecSlipTests {
  private func html(_ markdown: String) -> String {
    HTMLRenderer().render(MarkdownDocument(parsing: markdown))
  }

  @Test func aByteOrderMarkIsSkipped() {
    let document = MarkdownDocument(parsing: "\u{FEFF}# Hi\n\nText")
    guard case .heading(let heading)? = document.blocks.first else {
      Issue.record("expected a heading, got \(document.blocks)")
      return
    }
    #expect(heading.content == [.text("Hi")])
    #expect(heading.position == SourcePosition(line: 1, column: 1))
    #expect(!html("\u{FEFF}# Hi").contains("\u{FEFF}"))
  }

  @Test func aByteOrderMarkLaterInTheTextIsKept() {
    #expect(html("a\u{FEFF}b") == "<p>a\u{FEFF}b</p>\n")
  }

  @Test(arguments: ["\u{0B}", "\u{0C}"])
  func onlySpacesAndTabsMayFollowASetextUnderline(control: String) {
    for underline in ["===", "---"] {
      let document = MarkdownDocument(parsing: "Foo\n\(underline)\(control)\n")
      guard case .paragraph(let paragraph)? = document.blocks.first else {
        Issue.record("\(underline) + \(control.unicodeScalars.first!.value): \(document.blocks)")
        continue
      }
      #expect(paragraph.content == [.text("Foo"), .softBreak, .text(underline)])
    }
    #expect(html("Foo\n=== \t\n") == "<h1>Foo</h1>\n")
  }

  @Test func formControlsNeverReachTheDocument() {
    let document = MarkdownDocument(parsing: "a\u{0B}b *c\u{0C}*\n\n```\nx\u{0C}y\n```\n")
    #expect(document.plainText == "ab *c*\n\nxy")
    #expect(
      !html("a\u{0B}b `c\u{0C}d`").unicodeScalars.contains { $0.value == 0x0B || $0.value == 0x0C })
  }

  @Test func bareAddressesArePercentEncodedLikeOtherLinks() {
    #expect(
      html("http://example.com/å")
        == "<p><a href=\"http://example.com/%C3%A5\">http://example.com/å</a></p>\n")
    #expect(
      html("<http://example.com/å>")
        == "<p><a href=\"http://example.com/%C3%A5\">http://example.com/å</a></p>\n")
    #expect(
      html("www.example.com/a b")
        == "<p><a href=\"http://www.example.com/a\">www.example.com/a</a> b</p>\n")
  }

  @Test(arguments: ["&lrm;", "&rlm;", "&#x200E;", "&#8207;", "&#x61C;"])
  func directionMarkReferencesAreDroppedQuietly(reference: String) {
    #expect(html("a\(reference)b") == "<p>ab</p>\n")
    #expect(html("[a](/u\(reference)v)") == "<p><a href=\"/uv\">a</a></p>\n")
  }

  @Test func otherForbiddenReferencesStillShowTheReplacementCharacter() {
    #expect(html("a&#0;b&#x1B;c&#x202E;d") == "<p>a\u{FFFD}b\u{FFFD}c\u{FFFD}d</p>\n")
  }

  @Test func anInfoStringThatNamesItsClassIsNotPrefixedTwice() {
    #expect(html("```language-r\nx\n```\n") == "<pre><code class=\"language-r\">x\n</code></pre>\n")
    #expect(html("```r\nx\n```\n") == "<pre><code class=\"language-r\">x\n</code></pre>\n")
  }
}

/// Authors' HTML comments never reach learners; other raw HTML is shown as text.
@Suite struct HTMLCommentTests {
  static let source = """
    <!-- TODO: confirm dose -->

    Flush the port <!-- check with pharmacy --> every month.

    | Step | Note |
    |---|---|
    | Flush<br>again | ok |

    <!--
    a note for reviewers
    -->
    Last words.
    """

  static let document = MarkdownDocument(parsing: source)

  @Test func everyRendererDropsComments() {
    for output in [
      HTMLRenderer().render(Self.document),
      TerminalRenderer(width: 80, color: false).render(Self.document),
      TerminalRenderer(width: 80, color: true).render(Self.document),
      PlainRenderer(width: 80).render(Self.document),
      Self.document.plainText,
    ] {
      #expect(!output.contains("TODO"), "\(output)")
      #expect(!output.contains("pharmacy"), "\(output)")
      #expect(!output.contains("reviewers"), "\(output)")
      #expect(!output.contains("<!--") && !output.contains("&lt;!--"), "\(output)")
      #expect(output.contains("every month"), "\(output)")
    }
  }

  @Test func otherRawHTMLStaysEscaped() {
    let html = HTMLRenderer().render(Self.document)
    #expect(html.contains("<td>Flush&lt;br&gt;again</td>"))
    #expect(!html.contains("<br>"))
    #expect(
      TerminalRenderer(width: 80, color: false).render(Self.document).contains("Flush<br>again"))
  }

  @Test func anHTMLBlockAsItIsShown() {
    let blocks = MarkdownDocument(parsing: "<!-- a --> text\n\n<div><!-- b -->x</div>\n").blocks
    let visible = blocks.compactMap { block -> String? in
      if case .htmlBlock(let html) = block { return html.visibleHTML }
      return nil
    }
    #expect(visible == [" text", "<div>x</div>"])
    #expect(HTMLComment.removingComments(from: "a<!-->b<!--->c<!-- d") == "abc")
    #expect(HTMLComment.isClosed("<!-- a --> <!-->") && !HTMLComment.isClosed("<!-- a"))
  }

  @Test func theNoteBeforeAHeadingLeavesNoBlankLine() {
    let terminal = TerminalRenderer(width: 80, color: false)
      .render(MarkdownDocument(parsing: "<!-- note -->\n# Title\n"))
    #expect(terminal.hasPrefix("Title"))
  }
}
