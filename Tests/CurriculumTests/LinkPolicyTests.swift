import Foundation
import Testing

@testable import Curriculum

/// The content link policy as the loader (and so `lint`) enforces it: every form an attacker or
/// a careless copy-paste could use to point out of the bundle is refused at its line, and the
/// forms authors need stay allowed.
@Suite("Link policy")
struct LinkPolicyTests {
  private func errors(inserting markdown: String) throws -> [Diagnostic] {
    let copy = try TemporaryBundle()
    try copy.replace("Flushing keeps", with: "\(markdown) Flushing keeps", in: "topics/care.md")
    return copy.load().errors
  }

  @Test(arguments: [
    ("[x](file:///etc/passwd)", "uses `file:`"),
    ("[x](javascript:alert(1))", "uses `javascript:`"),
    ("[x](data:text/html,hi)", "uses `data:`"),
    ("<file:///etc/passwd>", "uses `file:`"),
    ("[x](/etc/passwd)", "a place on one computer"),
    ("[x](~/notes.md)", "a place on one computer"),
    ("[x](C:\\\\Users\\\\x)", "a place on one computer"),
    ("[x](%2Fetc%2Fpasswd)", "a place on one computer"),
    ("[x](\\\\\\\\server\\\\share)", "a place on one computer"),
    ("[x](../../etc/passwd)", "points outside the bundle"),
    ("[x](..%2F..%2Fetc)", "points outside the bundle"),
    ("[x](a%00b)", "%-escapes that are not text"),
  ])
  func refusesEveryFormOfLeaving(_ markdown: String, _ reason: String) throws {
    let error = try #require(try errors(inserting: markdown).first)
    #expect(error.file == "topics/care.md")
    #expect(error.line == 14)
    #expect(error.message.contains(reason), "\(error.message)")
  }

  @Test func refusesAReferenceDefinitionThatLeaves() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "Flushing keeps", with: "See [the file][r].\n\n[r]: ../../../etc/passwd\n\nFlushing keeps",
      in: "topics/care.md")
    let error = try #require(copy.load().errors.first)
    #expect(error.line == 14)
    #expect(error.message.contains("points outside the bundle"))
  }

  @Test func findsADestinationOnTheNextLine() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "Flushing keeps", with: "Some words\nand [x](\n../../y) here.\n\nFlushing keeps",
      in: "topics/care.md")
    let error = try #require(copy.load().errors.first)
    #expect(error.line == 15)
  }

  @Test func refusesRemotePictures() throws {
    let error = try #require(try errors(inserting: "![a port](https://example.org/p.png)").first)
    #expect(error.message.contains("is on the web"))
  }

  @Test func checksLinksInExplanations() throws {
    let copy = try TemporaryBundle()
    let questions = try String(
      contentsOf: copy.url.appendingPathComponent("questions/care.yaml"), encoding: .utf8)
    let line = try #require(
      questions.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains("explanation:")
      })
    try copy.replace(
      "explanation: ", with: "explanation: See [x](file:///etc/passwd). ", in: "questions/care.yaml"
    )
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "questions/care.yaml")
    #expect(error.line == line + 1)
    #expect(error.message.contains("uses `file:`"))
  }

  @Test(arguments: [
    "[web](https://example.org/a/../b)", "[mail](mailto:nurse@example.org)",
    "[call](tel:+15555550100)", "[top](#top)", "[another topic](flushing.md)",
    "[from the root](../bundle.yaml)", "www.example.org", "<https://example.org>",
  ])
  func allowsWhatAuthorsNeed(_ markdown: String) throws {
    #expect(try errors(inserting: markdown) == [])
  }
}
