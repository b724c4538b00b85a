import Foundation
import Markdown
import Testing

@Suite struct CommonMarkConformanceTests {
  /// Raw HTML is escaped by design, so these sections are reported but not counted.
  static let excludedSections: Set<String> = ["HTML blocks", "Raw HTML"]

  static let missingSpec =
    "CI is set but the CommonMark spec was not found: put it at shared/commonmark/spec.txt "
    + "above the repository, or set COMMONMARK_SPEC to its path"

  /// On a machine without the spec the test is skipped; in CI (`CI` set) a missing spec fails
  /// it, so conformance can never stop being checked without anyone noticing.
  @Test(
    .enabled(
      if: CommonMarkSpec.location != nil || CommonMarkSpec.isCI,
      "shared/commonmark/spec.txt not found (set COMMONMARK_SPEC)"))
  func specExamplesRenderAsExpected() throws {
    let spec = try #require(try CommonMarkSpec.load(), "\(Self.missingSpec)")
    var sections: [String] = []
    var tally: [String: (passed: Int, total: Int)] = [:]
    var failures: [Int] = []
    let renderer = HTMLRenderer(options: .strict)
    for example in spec.examples {
      let actual = renderer.render(
        MarkdownDocument(parsing: example.markdown, extendedAutolinks: false))
      let passed = CommonMarkSpec.normalize(actual) == CommonMarkSpec.normalize(example.html)
      if tally[example.section] == nil { sections.append(example.section) }
      tally[example.section, default: (0, 0)].total += 1
      if passed {
        tally[example.section]!.passed += 1
      } else if !Self.excludedSections.contains(example.section) {
        failures.append(example.number)
        if ProcessInfo.processInfo.environment["SPEC_VERBOSE"] != nil {
          print(
            "#\(example.number)\n\(example.markdown)--- expected\n\(example.html)--- actual\n\(actual)"
          )
        }
      }
    }
    var counted = (passed: 0, total: 0)
    var report = "CommonMark conformance by section:\n"
    for section in sections {
      let (passed, total) = tally[section]!
      let excluded = Self.excludedSections.contains(section)
      if !excluded {
        counted.passed += passed
        counted.total += total
      }
      report +=
        "  \(section): \(passed)/\(total)\(excluded ? " (excluded: raw HTML is escaped)" : "")\n"
    }
    let rate = Double(counted.passed) / Double(max(counted.total, 1))
    report += "  overall (counted sections): \(counted.passed)/\(counted.total)"
    report += " = \(String(format: "%.1f", rate * 100))%\n"
    if !failures.isEmpty {
      report += "  failing examples: \(failures.map(String.init).joined(separator: " "))\n"
    }
    print(report)
    #expect(rate >= 0.95, "\(report)")
  }
}
