import Markdown
import Testing

@Suite struct ParserTests {
  @Test func headingKeepsTrailingIDOutOfItsText() throws {
    let document = MarkdownDocument(parsing: "## Flushing your port {#flushing}\n\nText")
    guard case .heading(let heading) = document.blocks.first else {
      Issue.record("expected a heading")
      return
    }
    #expect(heading.id == "flushing")
    #expect(heading.content == [.text("Flushing your port")])
    #expect(heading.position == SourcePosition(line: 1, column: 1))
    #expect(
      HTMLRenderer().render(document).hasPrefix("<h2 id=\"flushing\">Flushing your port</h2>"))
    #expect(!TerminalRenderer(width: 80, color: false).render(document).contains("{#"))
    #expect(!PlainRenderer(width: 80).render(document).contains("{#"))
  }

  @Test func setextHeadingTakesAnIDToo() {
    let document = MarkdownDocument(parsing: "Care at home {#home}\n===\n")
    guard case .heading(let heading) = document.blocks.first else {
      Issue.record("expected a heading")
      return
    }
    #expect(heading.level == 1)
    #expect(heading.id == "home")
  }

  @Test func braceTextThatIsNotAnIDStaysInTheHeading() {
    let document = MarkdownDocument(parsing: "# Sets {a, b}\n")
    guard case .heading(let heading) = document.blocks.first else { return }
    #expect(heading.id == nil)
    #expect(Inline.plainText(of: heading.content) == "Sets {a, b}")
  }

  @Test func taskListItemsCarryTheirCheckbox() {
    let document = MarkdownDocument(
      parsing: "- [x] Keep it dry\n- [ ] Ask about swimming\n- [y] not a task\n")
    guard case .list(let list) = document.blocks.first else {
      Issue.record("expected a list")
      return
    }
    #expect(list.items.map(\.checkbox) == [.checked, .unchecked, nil])
    #expect(list.isTight)
    guard case .paragraph(let first) = list.items[0].children.first else { return }
    #expect(first.content == [.text("Keep it dry")])
  }

  @Test func tablesKeepAlignmentAndPadRows() {
    let source = "Before\n| Sign | Action |\n|:--|--:|\n| Redness | Call |\n| Fever |\n\nAfter"
    let document = MarkdownDocument(parsing: source)
    #expect(document.blocks.count == 3)
    guard case .table(let table) = document.blocks[1] else {
      Issue.record("expected a table")
      return
    }
    #expect(table.alignments == [.left, .right])
    #expect(table.header == [[.text("Sign")], [.text("Action")]])
    #expect(table.rows == [[[.text("Redness")], [.text("Call")]], [[.text("Fever")], []]])
    #expect(table.position.line == 2)
  }

  @Test func escapedPipesStayInsideTheirCell() {
    let document = MarkdownDocument(parsing: "| a | b |\n|---|---|\n| x \\| y | `z \\| w` |\n")
    guard case .table(let table) = document.blocks.first else { return }
    #expect(table.rows[0] == [[.text("x | y")], [.code("z | w")]])
  }

  @Test func strikethroughNeedsMatchingTildes() {
    let document = MarkdownDocument(parsing: "~~gone~~ and ~~~not~~~")
    guard case .paragraph(let paragraph) = document.blocks.first else { return }
    #expect(paragraph.content.first == .strikethrough([.text("gone")]))
    #expect(HTMLRenderer().render(document) == "<p><del>gone</del> and ~~~not~~~</p>\n")
  }

  @Test func blocksRecordWhereTheyStart() {
    let document = MarkdownDocument(
      parsing: "Intro\n\n> quote\n\n- one\n- two\n\n###### End\n  ```\n  code\n  ```\n")
    #expect(document.blocks.map(\.position.line) == [1, 3, 5, 8, 9])
    #expect(document.blocks[4].position.column == 3)
  }

  @Test func plainTextHasTheWordsWithoutMarkup() {
    let document = MarkdownDocument(
      parsing:
        "# Port care {#care}\n\nKeep it **clean** and [dry](https://x.org).\n\n- one\n- two\n")
    #expect(document.plainText == "Port care\n\nKeep it clean and dry.\n\none\n\ntwo")
  }

  @Test func nestingDeeperThanTheCapBecomesText() {
    let document = MarkdownDocument(parsing: String(repeating: "> ", count: 200) + "deep")
    var depth = 0
    var blocks = document.blocks
    while case .blockQuote(let quote)? = blocks.first {
      depth += 1
      blocks = quote.children
    }
    #expect(depth < 200)
    guard case .paragraph(let paragraph)? = blocks.first else { return }
    #expect(Inline.plainText(of: paragraph.content).hasSuffix("> > deep"))
  }

  @Test func documentsAreEqualWhenTheirSourcesAre() {
    #expect(MarkdownDocument(parsing: "a *b*") == MarkdownDocument(parsing: "a *b*"))
    #expect(MarkdownDocument(parsing: "a") != MarkdownDocument(parsing: "b"))
  }
}
