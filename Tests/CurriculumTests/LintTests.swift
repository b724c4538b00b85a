import Foundation
import Testing

@testable import Curriculum

@Suite("Lint")
struct LintTests {
  @Test func theValidFixtureIsClean() throws {
    let report = try TemporaryBundle().lint()
    #expect(report.diagnostics == [])
    #expect(report.summary == "0 errors, 0 warnings in 5 files")
  }

  @Test func warnsAboutCoverage() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "    red-flag: true\n    signs: [fever]\n", with: "", in: "questions/care.yaml")
    try copy.replace(
      "    red-flag: true\n    signs: [bleeding]\n", with: "    signs: [bleeding]\n",
      in: "questions/care.yaml")
    try copy.remove("questions/basics.yaml")
    try copy.replace(
      "summary: >-\n  A port is a small disc under the skin. It makes treatment easier.\n",
      with: "", in: "topics/basics.md")
    let diagnostics = copy.lint().diagnostics
    #expect(
      diagnostics.first(
        "bundle.yaml", line: 30,
        containing: "warning sign `fever` is not checked by any red-flag question") != nil)
    #expect(
      diagnostics.first(
        "bundle.yaml", line: 35, containing: "warning sign `bleeding` is not checked") != nil)
    #expect(
      diagnostics.first(
        "questions/care.yaml", line: 45,
        containing:
          "question `care-bleeding` checks warning signs but is not marked `red-flag: true`") != nil
    )
    #expect(
      diagnostics.first(
        "topics/basics.md", line: 1,
        containing: "topic `basics` has no questions; add questions/basics.yaml") != nil)
    #expect(
      diagnostics.first("topics/basics.md", line: 1, containing: "the topic has no `summary`")
        != nil)
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test func warnsAboutTopicsWithFewQuestionsAndUnusedFiles() throws {
    let copy = try TemporaryBundle()
    let text = try copy.read("questions/basics.yaml")
    try copy.write(
      "questions/basics.yaml",
      String(text.prefix(upTo: try #require(text.range(of: "  - id: basics-parts")).lowerBound)))
    try copy.write("topics/draft.md", "---\nid: draft\ntitle: Draft\n---\n")
    try copy.write("topics/notes.txt", "notes")
    try copy.write("questions/draft.yaml", "topic: draft\nquestions: []\n")
    let diagnostics = copy.lint().diagnostics
    #expect(
      diagnostics.first(
        "topics/basics.md", line: 1,
        containing: "has 2 questions; add questions until it has at least 4") != nil)
    #expect(
      diagnostics.first(
        "topics/draft.md", line: 1, containing: "not listed in bundle.yaml `topics`") != nil)
    #expect(
      diagnostics.first(
        "topics/notes.txt", line: 1, containing: "only `.md` files belong in topics/") != nil)
    #expect(
      diagnostics.first("questions/draft.yaml", line: 1, containing: "does not belong to a topic")
        != nil)
  }

  @Test func warnsAboutTopicsInNoPath() throws {
    let copy = try TemporaryBundle()
    try copy.replace("    topics: [basics, care]", with: "    topics: [care]", in: "bundle.yaml")
    #expect(
      copy.lint().diagnostics.first(
        "bundle.yaml", line: 16, containing: "topic `basics` is in no path") != nil)
  }

  @Test func warnsAboutHardReadingWithTheGrade() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "Call your care team if you have a fever.",
      with: "Immediately communicate with your multidisciplinary healthcare organization regarding "
        + "temperature elevations. Characteristically, infectious complications necessitate "
        + "expeditious intravenous antimicrobial administration.",
      in: "topics/care.md")
    let diagnostics = copy.lint().diagnostics
    let section = try #require(
      diagnostics.first(
        "topics/care.md", line: 16, containing: "section `when-to-call` reads at grade"))
    #expect(section.message.contains("above the target 8 (Flesch–Kincaid:"))
    #expect(section.severity == .warning)
  }

  @Test func warnsAboutLongSentencesAtTheirLine() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "Flushing keeps the port open.",
      with: "Flushing keeps the port open and it also keeps the thin tube clear so that the next "
        + "time you go in for care the nurse can use it\nright away without any wait at all.",
      in: "topics/care.md")
    let diagnostics = copy.lint().diagnostics
    let warning = try #require(
      diagnostics.first("topics/care.md", line: 14, containing: "a sentence of 35 words"))
    #expect(warning.message.contains("(\"Flushing keeps the port open and it also keeps the…\")"))
    #expect(warning.message.contains("is longer than 20; split it"))
  }

  @Test(arguments: [(20, false), (21, true)])
  func warnsAboutSentencesOverTwentyWords(_ count: Int, _ warns: Bool) throws {
    let copy = try TemporaryBundle()
    let sentence = (["Flushing"] + Array(repeating: "port", count: count - 1)).joined(
      separator: " ")
    try copy.replace("Flushing keeps the port open.", with: sentence + ".", in: "topics/care.md")
    let warning = copy.lint().diagnostics.first(
      "topics/care.md", containing: "a sentence of \(count) words")
    #expect((warning != nil) == warns)
  }

  @Test func usesTheManifestReadingTarget() throws {
    let copy = try TemporaryBundle()
    // About grade 5: fine for the default target of 8, too hard for a target of 3.
    try copy.replace(
      "Call your care team if you have a fever.",
      with: "Your care team wants to hear from you whenever something seems different. "
        + "Remember to mention any fever, because infections sometimes begin quietly.",
      in: "topics/care.md")
    #expect(copy.lint().diagnostics.isEmpty)
    try copy.replace("reading-grade-target: 8", with: "reading-grade-target: 3", in: "bundle.yaml")
    let diagnostics = copy.lint().diagnostics
    #expect(
      diagnostics.first("topics/care.md", line: 16, containing: "above the target 3 (") != nil)
  }

  @Test func formatsTheReport() {
    let report = LintReport(
      diagnostics: [
        Diagnostic(
          file: "bundle.yaml", line: 2, column: 3, severity: .error, message: "bad \"x\"\n\u{1B}"),
        Diagnostic(file: "topics/a.md", line: 1, column: 1, severity: .warning, message: "meh"),
      ], fileCount: 1)
    #expect(report.summary == "1 error, 1 warning in 1 file")
    #expect(
      report.text()
        == "bundle.yaml:2:3: error: bad \"x\"\n\ntopics/a.md:1:1: warning: meh\n1 error, 1 warning in 1 file\n"
    )
    #expect(
      report.json() == """
        [
          {"file": "bundle.yaml", "line": 2, "column": 3, "severity": "error", "message": "bad \\"x\\"\\n\\u001b"},
          {"file": "topics/a.md", "line": 1, "column": 1, "severity": "warning", "message": "meh"}
        ]

        """)
    let decoded =
      try? JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [[String: Any]]
    #expect(decoded?.count == 2)
    #expect(decoded?.first?["message"] as? String == "bad \"x\"\n\u{1B}")
    #expect(LintReport(diagnostics: [], fileCount: 3).json() == "[]\n")
    #expect(LintReport(diagnostics: [], fileCount: 3).summary == "0 errors, 0 warnings in 3 files")
  }
}
