import Markdown
import TestSupport
import Testing

/// Hostile shapes of input: each must parse and render in bounded time and memory, without
/// deep recursion. (The suite staying quick is the time bound; nothing here is timed.)
@Suite struct AdversarialInputTests {
  static let inputs: [(String, String)] = [
    ("10,000 nested block quotes", String(repeating: "> ", count: 10_000) + "deep"),
    (
      "10,000 nested block quotes, one per line",
      (1...10_000).map { _ in ">" }.joined(separator: "\n")
    ),
    ("10,000 nested list items", String(repeating: "- ", count: 10_000) + "deep"),
    ("10,000 nested ordered items", String(repeating: "1. ", count: 10_000) + "deep"),
    ("100,000 asterisks", String(repeating: "*", count: 100_000)),
    ("100,000 open brackets", String(repeating: "[", count: 100_000)),
    ("100,000 close brackets", String(repeating: "]", count: 100_000)),
    ("a** repeated", String(repeating: "a**", count: 50_000)),
    ("alternating emphasis", String(repeating: "*a _b ", count: 20_000)),
    (
      "nested emphasis",
      String(repeating: "*a ", count: 10_000) + String(repeating: " a*", count: 10_000)
    ),
    (
      "nested links",
      String(repeating: "[a", count: 20_000) + String(repeating: "](b)", count: 20_000)
    ),
    (
      "nested images",
      String(repeating: "![", count: 20_000) + String(repeating: "](b)", count: 20_000)
    ),
    ("unclosed backticks", String(repeating: "`a ``b ", count: 20_000)),
    ("unclosed comments", String(repeating: "<!-- a <? b <![CDATA[ ", count: 10_000)),
    ("unclosed link destinations", String(repeating: "[a](<b ", count: 20_000)),
    ("unclosed bare destinations", String(repeating: "[a](b", count: 20_000)),
    ("unclosed titles", String(repeating: "[a](b \"t", count: 20_000)),
    ("unclosed reference labels", String(repeating: "[a][b", count: 20_000)),
    ("many references", (1...5_000).map { "[r\($0)]: /u\($0)\n[r\($0)]" }.joined(separator: "\n")),
    (
      "1 MB single line",
      String(repeating: "Flush the port with **saline** every month. ", count: 24_000)
    ),
    (
      "wide table",
      "|" + String(repeating: " a |", count: 2_000) + "\n|" + String(repeating: "-|", count: 2_000)
    ),
    (
      "a chain of 2,000 footnotes",
      "Start[^n1]\n\n" + (1...2_000).map { "[^n\($0)]: see [^n\($0 + 1)]" }.joined(separator: "\n")
    ),
    (
      "footnote definitions nested in quotes",
      String(repeating: "> [^a]: ", count: 5_000) + "x [^a]"
    ),
    ("comments opened on every line", String(repeating: "<!-- a\n\n", count: 5_000)),
    (
      "control characters",
      String(repeating: "\u{1B}[2J\u{9B}31m\u{7}\u{0}&#27;&#x9b; ", count: 10_000)
    ),
  ]

  @Test(.tags(.slow), arguments: 0..<inputs.count)
  func finishesWithCleanOutput(index: Int) {
    let (name, source) = Self.inputs[index]
    let document = MarkdownDocument(parsing: source)
    let terminal = TerminalRenderer(width: 80, color: true).render(document)
    #expect(
      OutputChecks.forbiddenCharacter(in: OutputChecks.strippingSGR(terminal)) == nil, "\(name)")
    #expect(OutputChecks.overlongLines(in: terminal, width: 80).isEmpty, "\(name)")
    // The multi-megabyte input exercises the same code in every renderer; one is enough to
    // keep the debug test run quick.
    guard source.utf8.count < 1_000_000 else { return }
    let plain = PlainRenderer(width: 80).render(document)
    #expect(OutputChecks.forbiddenCharacter(in: plain) == nil, "\(name)")
    let html = HTMLRenderer().render(document)
    #expect(OutputChecks.forbiddenCharacter(in: html, allowingTab: true) == nil, "\(name)")
    #expect(OutputChecks.forbiddenCharacter(in: document.plainText) == nil, "\(name)")
  }
}
