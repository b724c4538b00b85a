import Markdown
import Testing

/// The parser's work grows in proportion to its input on hostile shapes: each shape is parsed
/// at four sizes, each twice the one before, and the work the parser counts
/// (`MarkdownDocument.parseWork`, steps, never time) may grow at most 2.5× per doubling and
/// never pass `MarkdownDocument.workPerByteBound` steps per byte.
@Suite struct LinearTimeTests {
  /// Each shape as a function of a repeat count; `repeats` is the smallest count tried.
  static let shapes: [(name: String, repeats: Int, make: @Sendable (Int) -> String)] = [
    ("image around an empty link", 500, { String(repeating: "![[a]()", count: $0) }),
    (
      "openers then mixed closers", 500,
      { String(repeating: "*a ", count: $0) + String(repeating: "_a*_ ", count: $0) }
    ),
    ("empty links", 500, { String(repeating: "[[]()", count: $0) }),
    ("empty images", 500, { String(repeating: "![x]()", count: $0) }),
    (
      "brackets around long text", 500,
      { String(repeating: "[", count: $0) + "text " + String(repeating: "]", count: $0) }
    ),
    (
      "shortcut labels with a reference", 500,
      {
        "[r]: /u\n\n" + String(repeating: "[", count: $0) + String(repeating: "a", count: 200)
          + String(repeating: "]", count: $0)
      }
    ),
    ("alternating emphasis", 500, { String(repeating: "*a _b ", count: $0) }),
    (
      "nested emphasis", 500,
      { String(repeating: "*a ", count: $0) + String(repeating: " a*", count: $0) }
    ),
    ("a** repeated", 1_000, { String(repeating: "a**", count: $0) }),
    ("strikethrough runs", 500, { String(repeating: "~a ~~b ", count: $0) }),
    (
      "nested links", 500,
      { String(repeating: "[a", count: $0) + String(repeating: "](b)", count: $0) }
    ),
    (
      "nested images", 500,
      { String(repeating: "![", count: $0) + String(repeating: "](b)", count: $0) }
    ),
    ("unclosed backticks", 500, { String(repeating: "`a ``b ", count: $0) }),
    ("unclosed comments", 500, { String(repeating: "<!-- a <? b <![CDATA[ ", count: $0) }),
    ("unclosed link destinations", 500, { String(repeating: "[a](<b ", count: $0) }),
    ("unclosed titles", 500, { String(repeating: "[a](b \"t", count: $0) }),
    ("unclosed reference labels", 500, { String(repeating: "[a][b", count: $0) }),
    ("nested quotes on one line", 500, { String(repeating: "> ", count: $0) + "deep" }),
    ("nested list items", 500, { String(repeating: "- ", count: $0) + "deep" }),
    ("nested quotes, a line each", 500, { String(repeating: ">\n", count: $0) }),
    ("footnote references", 500, { "[^n]: note\n\n" + String(repeating: "[^n] ", count: $0) }),
    ("quoted words", 500, { String(repeating: "\"a 'b' c\"--d... ", count: $0) }),
  ]

  @Test(arguments: 0..<shapes.count)
  func workGrowsLinearly(index: Int) {
    let shape = Self.shapes[index]
    var work: [Int] = []
    var bytes: [Int] = []
    for step in 0..<4 {
      let source = shape.make(shape.repeats << step)
      bytes.append(source.utf8.count)
      work.append(MarkdownDocument(parsing: source).parseWork)
    }
    for step in 1..<work.count {
      let growth = Double(work[step]) / Double(max(work[step - 1], 1))
      #expect(growth <= 2.5, "\(shape.name): work \(work) for \(bytes) bytes")
    }
    for (steps, size) in zip(work, bytes) {
      #expect(
        steps <= MarkdownDocument.workPerByteBound * size,
        "\(shape.name): \(steps) steps for \(size) bytes")
    }
  }
}
