import Testing

@testable import Curriculum

@Suite("Finding YAML anchors and aliases before parsing")
struct YAMLAliasScannerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var yaml: String
    var expected: YAMLAliasScanner.Finding?
    var testDescription: String { yaml.replacingOccurrences(of: "\n", with: "⏎") }
  }

  static func alias(_ line: Int, _ column: Int) -> YAMLAliasScanner.Finding {
    .init(kind: .alias, line: line, column: column)
  }
  static func anchor(_ line: Int, _ column: Int) -> YAMLAliasScanner.Finding {
    .init(kind: .anchor, line: line, column: column)
  }

  static let cases: [Case] = [
    Case(yaml: "a: &x 1\nb: *x", expected: anchor(1, 4)),
    Case(yaml: "a: 1\nb: *x", expected: alias(2, 4)),
    Case(yaml: "- &x [1]\n- *x", expected: anchor(1, 3)),
    Case(yaml: "list: [a, *x, c]", expected: alias(1, 11)),
    Case(yaml: "map: {k: *x}", expected: alias(1, 10)),
    Case(yaml: "*x : value", expected: alias(1, 1)),
    Case(yaml: "a: !!str &x text", expected: anchor(1, 10)),
    Case(yaml: "a:\n  - b: c\n    d: *x", expected: alias(3, 8)),
    Case(yaml: "a: |\n  text\nb: *x", expected: alias(3, 4)),
    Case(yaml: "a: \"multi\n  line\" \nb: &y 2", expected: anchor(3, 4)),
    Case(yaml: "a: plain\n# comment\n  *x", expected: alias(3, 3)),
    Case(yaml: "key:\n  |\n*a : b", expected: alias(3, 1)),
    Case(yaml: "---\n&x a: 1", expected: anchor(2, 1)),
    Case(yaml: "a: b\n--- *x", expected: alias(2, 5)),
    // Found by the differential test against libyaml.
    Case(yaml: "{\n  ? *b c\n}", expected: alias(2, 5)),
    Case(yaml: "{#\n  *x: 1}", expected: alias(2, 3)),
    // Text that only looks like an anchor or alias.
    Case(yaml: "a: salt & pepper", expected: nil),
    Case(yaml: "a: 2 * 3 = 6", expected: nil),
    Case(yaml: "a: \"*not an alias\"", expected: nil),
    Case(yaml: "a: '&not an anchor'", expected: nil),
    Case(yaml: "a: 'it''s *fine*'", expected: nil),
    Case(yaml: "a: \"escaped \\\" *still text\"", expected: nil),
    Case(yaml: "a: text # *comment", expected: nil),
    Case(yaml: "# &comment\na: b", expected: nil),
    Case(yaml: "a: >-\n  *emphasis* in a folded block\n  & more\nb: c", expected: nil),
    Case(yaml: "- |\n  * a bullet\n  * another\n- next", expected: nil),
    Case(yaml: "a: a long plain\n  *continued* line\nb: c", expected: nil),
    Case(yaml: "- a long item\n  *continued*\n- b", expected: nil),
    Case(yaml: "a: [one &two, three]", expected: nil),
    Case(yaml: "url: http://x.org/a*b&c", expected: nil),
    Case(yaml: "a: \"open\n  *inside quote\"", expected: nil),
    Case(yaml: "a: |2\n    *indented more*\nb: c", expected: nil),
  ]

  @Test(arguments: cases)
  func scans(_ testCase: Case) {
    #expect(YAMLAliasScanner.firstFinding(in: testCase.yaml) == testCase.expected)
  }
}
