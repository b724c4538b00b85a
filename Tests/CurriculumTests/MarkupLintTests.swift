import Foundation
import Testing

@testable import Curriculum

/// Lint about the Markdown itself: byte order marks, raw HTML and comments, deep nesting.
@Suite("Markup lint")
struct MarkupLintTests {
  @Test func aByteOrderMarkIsSkippedAndWarnedOncePerFile() throws {
    let copy = try TemporaryBundle()
    for file in ["topics/basics.md", "questions/care.yaml"] {
      try copy.write(file, Data([0xEF, 0xBB, 0xBF]) + Data(try copy.read(file).utf8))
    }
    let loaded = copy.load()
    let bundle = try #require(loaded.bundle, "the bundle should load: \(loaded.diagnostics)")
    #expect(bundle.topics.first { $0.id == "basics" }?.title == "What a port is")
    let warnings = copy.lint().diagnostics.filter { $0.message.contains("byte order mark") }
    #expect(warnings.map(\.file) == ["questions/care.yaml", "topics/basics.md"])
    #expect(warnings.allSatisfy { $0.line == 1 && $0.severity == .warning })
  }

  @Test func rawHTMLAndCommentsAreWarnedWithTheMarkdownToUse() throws {
    let copy = try TemporaryBundle()
    let original = try copy.read("topics/basics.md")
    let first = original.split(separator: "\n", omittingEmptySubsequences: false).count
    try copy.write(
      "topics/basics.md",
      original + """

        <!-- TODO: confirm dose -->

        | Step | Note |
        |---|---|
        | Flush<br>again<br>and again | ok |

        Keep it <b>dry</b>.

        """)
    let diagnostics = copy.lint().diagnostics.filter { $0.file == "topics/basics.md" }
    let comment = diagnostics.first("topics/basics.md", containing: "an HTML comment")
    #expect(comment?.line == first + 1)
    let lineBreak = diagnostics.filter { $0.message.contains("<br>") }
    #expect(lineBreak.map(\.line) == [first + 5])
    #expect(lineBreak.first?.message.contains("end the line with a backslash") == true)
    let bold = diagnostics.first("topics/basics.md", containing: "raw HTML \"<b>\"")
    #expect(bold?.line == first + 7)
    #expect(bold?.message.contains("`**bold**`") == true)
  }

  @Test func rawHTMLInAnExplanationIsWarnedAtItsLine() throws {
    let copy = try TemporaryBundle()
    let questions = try copy.read("questions/care.yaml")
    let line = try #require(
      questions.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains("explanation:")
      })
    try copy.replace(
      "explanation: ", with: "explanation: Flush <b>first</b>. ", in: "questions/care.yaml")
    let warning = copy.lint().diagnostics.first(
      "questions/care.yaml", line: line + 1, containing: "raw HTML \"<b>\"")
    #expect(warning?.message.contains("**bold**") == true)
  }

  @Test func anUnclosedCommentIsCalledOut() throws {
    let copy = try TemporaryBundle()
    try copy.write(
      "topics/basics.md", try copy.read("topics/basics.md") + "\n<!-- draft\n\nMore text.\n")
    #expect(
      copy.lint().diagnostics.first(
        "topics/basics.md", containing: "never closed with `-->` hides everything after it")
        != nil)
  }

  @Test func nestingPastTheLimitsIsReportedWithItsLine() throws {
    let copy = try TemporaryBundle()
    let original = try copy.read("topics/basics.md")
    let first = original.split(separator: "\n", omittingEmptySubsequences: false).count
    try copy.write(
      "topics/basics.md",
      original + "\n" + String(repeating: "> ", count: 60) + "deep\n\n"
        + String(repeating: "*a ", count: 40) + "b" + String(repeating: " a*", count: 40) + "\n")
    let diagnostics = copy.lint().diagnostics
    #expect(
      diagnostics.first("topics/basics.md", line: first + 1, containing: "block quotes nest")
        != nil)
    #expect(
      diagnostics.first("topics/basics.md", line: first + 3, containing: "inline markup nest")
        != nil)
  }

  @Test func theValidFixtureHasNoMarkupWarnings() throws {
    let diagnostics = try TemporaryBundle().lint().diagnostics
    #expect(diagnostics.isEmpty)
  }
}
