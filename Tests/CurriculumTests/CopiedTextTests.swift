import Foundation
import Testing

@testable import Curriculum

/// `lint --compare-with`: runs of eight or more words a bundle shares with the texts its authors
/// read.
@Suite("Copied text")
struct CopiedTextTests {
  static let source = CopiedTextChecker.SourceText(
    name: "seed.txt",
    text: "Flushing lowers the risk of clots and blockages. It keeps the line open and ready for "
      + "the next use. Ports can last for years.")
  let checker = CopiedTextChecker(sources: [Self.source])

  @Test func findsARunOfEightWordsAcrossCasePunctuationAndLines() throws {
    let text = "Some words first.\nIt KEEPS the line -- open, and\nready for the next use!\n"
    let match = try #require(checker.matches(in: text, isYAML: false).first)
    #expect(match.line == 2)
    #expect(
      match.words
        == "it keeps the line open and ready for the next use".split(separator: " ").map(
          String.init))
    #expect(match.sourceName == "seed.txt")
  }

  @Test func ignoresSevenWordsInARow() {
    #expect(
      checker.matches(in: "Flushing lowers the risk of clots and. Then more.", isYAML: false) == [])
  }

  @Test func joinsOverlappingRunsIntoTheLongestOne() {
    let matches = checker.matches(
      in: "flushing lowers the risk of clots and blockages it keeps the line", isYAML: false)
    #expect(matches.count == 1)
    #expect(matches.first?.words.count == 12)
  }

  @Test func skipsFieldNamesHeadingIDsAndTheManifestsSources() {
    let yaml = """
      sources:
        - title: It keeps the line open and ready for the next use
      explanation: Flushing lowers the risk of
      reexplain: clots and blockages, it is said.
      """
    // `reexplain:` is not a word, so the run over the two fields is found whole.
    let matches = checker.matches(in: yaml, isYAML: true)
    #expect(matches.map(\.line) == [3])
    #expect(matches.first?.words.count == 9)  // "…and blockages it", as the source goes on
    let markdown = "---\nid: x\n---\n## Ports can last {#for-years-it-keeps-the-line}\nText.\n"
    #expect(checker.matches(in: markdown, isYAML: false) == [])
  }

  @Test func lintReportsEachRunAtItsFileAndLine() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "Flushing keeps the port open.",
      with: "Flushing keeps the port open. Flushing lowers the risk of clots and blockages.",
      in: "topics/care.md")
    let sourceFile = copy.outside.appendingPathComponent("seed.txt")
    try Self.source.text.write(to: sourceFile, atomically: true, encoding: .utf8)
    let report = BundleLinter.lint(directory: copy.url, comparingWith: [sourceFile])
    let warning = try #require(
      report.diagnostics.first(
        "topics/care.md", line: 14, containing: "8 words in a row are the same as in seed.txt"))
    #expect(warning.message.contains("\"flushing lowers the risk of clots and blockages\""))
    #expect(BundleLinter.lint(directory: copy.url).diagnostics.isEmpty)
  }

  @Test func lintRefusesASourceFileItCannotRead() throws {
    let copy = try TemporaryBundle()
    let missing = copy.outside.appendingPathComponent("no-such-source.txt")
    let report = BundleLinter.lint(directory: copy.url, comparingWith: [missing])
    #expect(report.diagnostics.first(missing.path, containing: "cannot read this file") != nil)
    #expect(report.hasErrors)
  }
}

/// Short answers whose own prompt holds an answer they accept.
@Suite("Answers the prompt gives away")
struct GiveAwayTests {
  @Test(arguments: [
    ("the thin tube that joins the port to a vein", "\"tube\""),
    ("the part called a catheter", "\"catheter\""),
    ("the line from the port", "\"line\""),
  ])
  func warnsWhenThePromptSaysAnAcceptedWord(_ prompt: String, _ said: String) throws {
    let copy = try TemporaryBundle()
    try copy.write(
      "questions/basics.yaml",
      try copy.read("questions/basics.yaml") + """

          - id: basics-tube-word
            kind: short
            section: its-parts
            prompt: Fill in the blank, \(prompt), is called the ____.
            answer: [catheter]
            synonyms: [line, tube]
            explanation: It is the catheter.
            reexplain: The word is catheter.

        """)
    try copy.replace(
      "  - [flush, rinse]", with: "  - [flush, rinse]\n  - [catheter, line]", in: "bundle.yaml")
    let diagnostics = copy.lint().diagnostics
    let found = diagnostics.filter { $0.message.contains("gives the answer away") }
    #expect(found.count == 1, "\(diagnostics)")
    #expect(found.first?.message.contains("the prompt of `basics-tube-word` says \(said)") == true)
  }

  @Test func aPromptWithoutTheAnswerIsFine() throws {
    let copy = try TemporaryBundle()
    #expect(copy.lint().diagnostics.filter { $0.message.contains("gives the answer away") } == [])
  }
}
