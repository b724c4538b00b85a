import Foundation
import Testing

@testable import Curriculum

/// The `mistakes` fixture holds one of each kind of authoring mistake; each must be reported at
/// its file and line, all in one pass.
@Suite("Authoring mistakes")
struct MistakeTests {
  struct Expected: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int
    var severity: Diagnostic.Severity
    var fragment: String
    var testDescription: String { "\(file):\(line): \(fragment)" }
  }

  static let report = BundleLinter.lint(
    directory: TemporaryBundle.fixtures.appendingPathComponent("mistakes"))

  static let expected: [Expected] = [
    .init(
      file: "bundle.yaml", line: 3, severity: .warning,
      fragment: "version \"one\" is not like `1.0.0`"),
    .init(
      file: "bundle.yaml", line: 10, severity: .error,
      fragment: "`reviewed` \"25 August 2021\" is not a date; write it as YYYY-MM-DD"),
    .init(file: "bundle.yaml", line: 8, severity: .error, fragment: "source has no `id`"),
    .init(file: "bundle.yaml", line: 8, severity: .error, fragment: "source has no `url`"),
    .init(file: "bundle.yaml", line: 28, severity: .error, fragment: "warning sign has no `tier`"),
    .init(file: "bundle.yaml", line: 31, severity: .error, fragment: "warning sign has no `tier`"),
    .init(
      file: "bundle.yaml", line: 28, severity: .warning,
      fragment: "warning sign `fever` has no `question-caregiver`"),
    .init(
      file: "bundle.yaml", line: 31, severity: .warning,
      fragment: "warning sign `fever` has no `question-caregiver`"),
    .init(file: "bundle.yaml", line: 28, severity: .warning, fragment: "has no `catch-all`"),
    .init(file: "topics/care.md", line: 2, severity: .error, fragment: "has no `sources`"),
    .init(
      file: "questions/care.yaml", line: 3, severity: .error,
      fragment: "question id `q-letter` is in bundle.yaml `retired-questions`"),
    .init(
      file: "questions/care.yaml", line: 15, severity: .error,
      fragment: "question id `q-letter` is in bundle.yaml `retired-questions`"),
    .init(
      file: "bundle.yaml", line: 13, severity: .error, fragment: "topic `care` is listed twice"),
    .init(
      file: "bundle.yaml", line: 14, severity: .error,
      fragment: "topic `missing-topic` has no file topics/missing-topic.md"),
    .init(
      file: "bundle.yaml", line: 15, severity: .error,
      fragment: "\"Bad_Id\" in `topics` is not a valid id"),
    .init(
      file: "bundle.yaml", line: 19, severity: .error,
      fragment: "audience `nurse`, which is not in `audiences`"),
    .init(
      file: "bundle.yaml", line: 21, severity: .error,
      fragment: "lists topic `nowhere`, which is not in `topics`"),
    .init(
      file: "bundle.yaml", line: 22, severity: .error,
      fragment: "path id `home` is already used by the path at line 17"),
    .init(
      file: "bundle.yaml", line: 31, severity: .error,
      fragment: "warning sign id `fever` is already used at line 28"),
    .init(
      file: "bundle.yaml", line: 28, severity: .warning,
      fragment: "warning sign `fever` is not checked by any red-flag question"),
    .init(
      file: "bundle.yaml", line: 5, severity: .warning, fragment: "audience `caregiver` has no path"
    ),
    .init(file: "bundle.yaml", line: 36, severity: .warning, fragment: "unknown field `colour`"),
    .init(file: "topics/care.md", line: 1, severity: .warning, fragment: "no `summary`"),
    .init(
      file: "topics/care.md", line: 4, severity: .error,
      fragment: "audience `nurse` is not one of the bundle's audiences"),
    .init(
      file: "topics/care.md", line: 5, severity: .error,
      fragment: "related topic `basics` is not in bundle.yaml `topics`"),
    .init(
      file: "topics/care.md", line: 13, severity: .error,
      fragment: "section id \"Not Valid\" is not valid"),
    .init(
      file: "topics/care.md", line: 17, severity: .error,
      fragment: "section id `monthly-flush` is already used by the section at line 9"),
    .init(
      file: "topics/extra.md", line: 1, severity: .warning,
      fragment: "not listed in bundle.yaml `topics`"),
    .init(
      file: "questions/orphan.yaml", line: 1, severity: .warning,
      fragment: "does not belong to a topic"),
    .init(
      file: "questions/care.yaml", line: 12, severity: .error,
      fragment: "answer \"e\" is not one of the choices a–d; use a letter from a to d"),
    .init(
      file: "questions/care.yaml", line: 15, severity: .error,
      fragment: "question id `q-letter` is already used in questions/care.yaml at line 3"),
    .init(
      file: "questions/care.yaml", line: 19, severity: .error,
      fragment: "`choices` should be a list of texts"),
    .init(
      file: "questions/care.yaml", line: 25, severity: .error,
      fragment: "section `no-such-section` is not a section of topic `care`"),
    .init(
      file: "questions/care.yaml", line: 28, severity: .error,
      fragment: "must list every choice exactly once (c missing; a more than once)"),
    .init(
      file: "questions/care.yaml", line: 32, severity: .error,
      fragment: "\"singel\" is not a question kind; use one of `single`"),
    .init(
      file: "questions/care.yaml", line: 32, severity: .error, fragment: "did you mean `single`?"),
    .init(
      file: "questions/care.yaml", line: 38, severity: .error,
      fragment: "question has no `reexplain`"),
    .init(
      file: "questions/care.yaml", line: 43, severity: .error,
      fragment: "needs at least one right answer"),
    .init(
      file: "questions/care.yaml", line: 45, severity: .warning,
      fragment: "unknown field `reexplanation` in question is ignored; did you mean `reexplain`?"),
    .init(
      file: "questions/care.yaml", line: 50, severity: .error,
      fragment: "should be `true` or `false`"),
    .init(
      file: "questions/care.yaml", line: 53, severity: .error,
      fragment: "warning sign `chills` is not in bundle.yaml `warning-signs`"),
  ]

  @Test(arguments: expected)
  func reports(_ expected: Expected) throws {
    let found = Self.report.diagnostics.first(
      expected.file, line: expected.line, containing: expected.fragment)
    let diagnostic = try #require(found, "not in:\n\(Self.report.text())")
    #expect(diagnostic.severity == expected.severity)
  }

  @Test func reportsNothingUnexpected() {
    let unexpected = Self.report.diagnostics.filter { diagnostic in
      !Self.expected.contains {
        $0.file == diagnostic.file && $0.line == diagnostic.line
          && diagnostic.message.contains($0.fragment)
      }
    }
    #expect(unexpected == [])
  }

  @Test func loadingRefusesTheBundleWithItsErrors() throws {
    let error = try #require(throws: BundleLoadError.self) {
      try BundleLoader.load(from: TemporaryBundle.fixtures.appendingPathComponent("mistakes"))
    }
    #expect(error.diagnostics.count == Self.report.errorCount)
    #expect(error.diagnostics.allSatisfy { $0.severity == .error })
  }
}
