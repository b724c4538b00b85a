import Testing

@testable import Curriculum

/// The mistakes people make when they edit YAML by hand, each reported where it is, with what to
/// do about it.
@Suite("YAML mistakes are explained")
struct YAMLSyntaxErrorTests {
  @Test(arguments: [
    ("title: Note: call us", 1, 12, "put the whole value in double quotes"),
    ("a: b\n  c: d", 2, 3, "this line is indented under the text above"),
    ("a:\n  - b\n c: d", 3, 2, "does not line up with the lines above it"),
    ("questions:\n  - id: x\n    kind: single\n   prompt: y", 4, 4, "does not line up"),
    ("a: b\n- c", 2, 1, "this list item (`- `) is not under a field"),
    ("- a\nb: c", 2, 1, "does not line up with the lines above it"),
    ("key: value\nplain line", 2, 1, "it has no colon after a name"),
    ("a: b\na: c", 2, 1, "`a` appears more than once in the same mapping"),
    ("a:\n\t- b", 2, 1, "indented with a tab; indent with spaces only"),
    ("a: [b, c", 1, 4, "the `[` here is never closed; add `]`"),
    ("a: {b: c", 1, 4, "the `{` here is never closed; add `}`"),
    ("a: [b,, c]", 1, 7, "an empty item here"),
    ("a: \"open\nb: c", 1, 4, "never closed; add the closing \""),
    ("a: 'x' y", 1, 8, "there is text after the closing quote"),
    ("a: [x] y", 1, 8, "put nothing after the closing bracket"),
    ("a: \"bad \\q escape\"", 1, 9, "an escape that YAML does not know"),
    ("a: |x\n  text", 1, 5, "after `|` or `>` only `-` or `+` may follow"),
    ("a: - b", 1, 4, "a list cannot start on the same line as its field name"),
    ("a: ]", 1, 4, "a value cannot start with `]`"),
    ("a: @home", 1, 4, "a value cannot start with `@`; put the text in quotes"),
    ("a: [x:]", 1, 6, "in brackets, a colon must have a space after it"),
    ("a: b\n---\nc: d", 2, 1, "a second `---`"),
    ("%YAML 1.2\n---\na: b", 1, 1, "YAML directives"),
    ("a: caf\u{7}", 1, 7, "invisible control character (U+0007)"),
    ("é: x\né: y", 2, 1, "`é` appears more than once"),
    ("name: \"Zoë\" extra", 1, 13, "there is text after the closing quote"),
  ])
  func explains(_ yaml: String, _ line: Int, _ column: Int, _ fragment: String) {
    do {
      let node = try YAMLParser.parse(yaml)
      Issue.record("read \(String(describing: node)) from \(yaml.debugDescription)")
    } catch {
      #expect(error.line == line, "\(error.message)")
      #expect(error.column == column, "\(error.message)")
      #expect(error.message.contains(fragment), "\(error.message)")
    }
  }

  @Test func readsWindowsLineEnds() throws {
    let root = try #require(try YAMLParser.parse("a: b\r\nc: |\r\n  d\r\n"))
    #expect(root == (try YAMLParser.parse("a: b\nc: |\n  d\n")))
  }

  @Test func reportsFrontMatterMistakesAtTheirFileLine() throws {
    var diagnostics: [Diagnostic] = []
    let root = YAMLDocument.parse(
      "id: care\ntitle: Care: at home", file: "topics/care.md", lineOffset: 1,
      diagnostics: &diagnostics)
    #expect(root == nil)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.description.hasPrefix("topics/care.md:3:12: error: this value has a colon"))
  }

  @Test func placesValuesWhereTheyStart() throws {
    let root = try #require(try YAMLParser.parse("name: Zoë\nlist:\n  - [a, \"b\"]\nempty:\n"))
    guard case .mapping(let pairs) = root.content else {
      Issue.record("not a mapping")
      return
    }
    #expect(pairs.map { [$0.key.line, $0.key.column] } == [[1, 1], [2, 1], [4, 1]])
    #expect([pairs[0].value.line, pairs[0].value.column] == [1, 7])
    #expect([pairs[1].value.line, pairs[1].value.column] == [3, 3])
    guard case .sequence(let items) = pairs[1].value.content,
      case .sequence(let inner) = items[0].content
    else {
      Issue.record("not a list of lists")
      return
    }
    #expect([items[0].line, items[0].column] == [3, 5])
    #expect(inner.map { [$0.line, $0.column] } == [[3, 6], [3, 9]])
    // An empty value is placed just after its colon, on the field's line.
    #expect([pairs[2].value.line, pairs[2].value.column] == [4, 7])
  }
}
