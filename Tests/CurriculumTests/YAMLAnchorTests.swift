import Testing

@testable import Curriculum

/// Anchors and aliases let a few lines expand into billions of values, so the parser refuses
/// them where they start a value, and only there.
@Suite("YAML anchors and aliases are refused")
struct YAMLAnchorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var yaml: String
    /// Where the error is and a word its message must hold; nil when the text is accepted.
    var refusal: (line: Int, column: Int, word: String)?
    var testDescription: String { yaml.replacingOccurrences(of: "\n", with: "⏎") }
  }

  static func alias(_ line: Int, _ column: Int) -> (Int, Int, String) { (line, column, "alias") }
  static func anchor(_ line: Int, _ column: Int) -> (Int, Int, String) { (line, column, "anchor") }

  static let cases: [Case] = [
    Case(yaml: "a: &x 1\nb: *x", refusal: anchor(1, 4)),
    Case(yaml: "a: 1\nb: *x", refusal: alias(2, 4)),
    Case(yaml: "- &x [1]\n- *x", refusal: anchor(1, 3)),
    Case(yaml: "list: [a, *x, c]", refusal: alias(1, 11)),
    Case(yaml: "map: {k: *x}", refusal: alias(1, 10)),
    Case(yaml: "*x : value", refusal: alias(1, 1)),
    Case(yaml: "a: !!str &x text", refusal: (1, 4, "tags")),
    Case(yaml: "a:\n  - b: c\n    d: *x", refusal: alias(3, 8)),
    Case(yaml: "a: |\n  text\nb: *x", refusal: alias(3, 4)),
    Case(yaml: "a: \"multi\n  line\" \nb: &y 2", refusal: anchor(3, 4)),
    Case(yaml: "a: plain\n# comment\n  *x", refusal: (3, 3, "does not line up")),
    Case(yaml: "key:\n  |\n*a : b", refusal: alias(3, 1)),
    Case(yaml: "---\n&x a: 1", refusal: anchor(2, 1)),
    Case(yaml: "a: b\n--- *x", refusal: (2, 1, "second `---`")),
    Case(yaml: "{\n  ? *b c\n}", refusal: (2, 3, "complex key")),
    Case(yaml: "{#\n  *x: 1}", refusal: alias(2, 3)),
    Case(yaml: "- [[*x]]", refusal: alias(1, 5)),
    // Text that only looks like an anchor or alias.
    Case(yaml: "a: salt & pepper", refusal: nil),
    Case(yaml: "a: 2 * 3 = 6", refusal: nil),
    Case(yaml: "a: \"*not an alias\"", refusal: nil),
    Case(yaml: "a: '&not an anchor'", refusal: nil),
    Case(yaml: "a: 'it''s *fine*'", refusal: nil),
    Case(yaml: "a: \"escaped \\\" *still text\"", refusal: nil),
    Case(yaml: "a: text # *comment", refusal: nil),
    Case(yaml: "# &comment\na: b", refusal: nil),
    Case(yaml: "a: >-\n  *emphasis* in a folded block\n  & more\nb: c", refusal: nil),
    Case(yaml: "- |\n  * a bullet\n  * another\n- next", refusal: nil),
    Case(yaml: "a: a long plain\n  *continued* line\nb: c", refusal: nil),
    Case(yaml: "- a long item\n  *continued*\n- b", refusal: nil),
    Case(yaml: "a: [one &two, three]", refusal: nil),
    Case(yaml: "url: http://x.org/a*b&c", refusal: nil),
    Case(yaml: "a: \"open\n  *inside quote\"", refusal: nil),
    Case(yaml: "a: |2\n    *indented more*\nb: c", refusal: nil),
  ]

  @Test(arguments: cases)
  func refusesOnlyRealAnchorsAndAliases(_ testCase: Case) {
    let result = Result { () throws(YAMLSyntaxError) in try YAMLParser.parse(testCase.yaml) }
    switch (result, testCase.refusal) {
    case (.success, nil):
      break
    case (.failure(let error), let refusal?):
      #expect(error.line == refusal.line)
      #expect(error.column == refusal.column)
      #expect(error.message.contains(refusal.word), "\(error.message)")
    case (.success(let node), let refusal?):
      Issue.record("accepted \(String(describing: node)); expected a refusal at \(refusal)")
    case (.failure(let error), nil):
      Issue.record("refused: \(error)")
    }
  }
}
