import Foundation
import Testing

@testable import Curriculum

/// A text field that holds a control or text-direction character, typed raw or made by a
/// double-quoted escape, is a content error with file, line and column: the bundle does not
/// load, so the text never reaches `Topic.title` and friends.
@Suite("Control characters in content")
struct ControlCharacterTests {
  @Test(arguments: [
    ("title: Caring for your port", #"title: "Caring\e[2J for your port""#, "U+001B"),
    ("title: Caring for your port", #"title: "Caring \u202E for your port""#, "U+202E"),
    ("title: Caring for your port", "title: Caring \u{2066}for your port", "U+2066"),
    ("title: Caring for your port", #"title: "Caring\x9B31m for your port""#, "U+009B"),
  ])
  func aTopicTitleWithAControlCharacterIsAnError(old: String, new: String, code: String) throws {
    let copy = try TemporaryBundle()
    try copy.replace(old, with: new, in: "topics/care.md")
    let result = copy.load()
    #expect(result.bundle == nil)
    let error = try #require(
      result.errors.first("topics/care.md", line: 3, containing: "control character")
        ?? result.errors.first("topics/care.md", line: 3, containing: "text-direction"))
    #expect(error.column == 8)
    #expect(error.message.contains(code))
    #expect(error.message.contains("remove it"))
  }

  @Test func everyKindOfTextIsChecked() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "prompt: How often does an unused port need a flush?",
      with: #"prompt: "How often\e]0;x does an unused port need a flush?""#,
      in: "questions/care.yaml")
    try copy.replace(
      "      - Once a year", with: "      - \"Once a\\u200F year\"", in: "questions/care.yaml")
    try copy.replace(
      "title: A small test bundle", with: #"title: "A small\u0007 test bundle""#,
      in: "bundle.yaml")
    let errors = copy.load().errors
    let prompt = try #require(errors.first("questions/care.yaml", containing: "U+001B"))
    #expect((prompt.line, prompt.column) == (6, 13))
    let choice = try #require(errors.first("questions/care.yaml", containing: "U+200F"))
    #expect((choice.line, choice.column) == (10, 9))
    let title = try #require(errors.first("bundle.yaml", containing: "U+0007"))
    #expect((title.line, title.column) == (2, 8))
  }

  @Test func aSectionHeadingWithADirectionOverrideIsAnError() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "## The monthly flush {#monthly-flush}",
      with: "## The \u{202E}monthly flush {#monthly-flush}",
      in: "topics/care.md")
    let result = copy.load()
    #expect(result.bundle == nil)
    let error = try #require(result.errors.first("topics/care.md", containing: "U+202E"))
    #expect((error.line, error.column) == (11, 8))
  }

  @Test func lineBreaksAndTabsInTextsAreFine() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "title: Caring for your port", with: #"title: "Caring for\tyour port""#,
      in: "topics/care.md")
    try copy.replace(
      "explanation: An unused port needs a flush once a month.",
      with: #"explanation: "An unused port needs a flush\nonce a month.""#,
      in: "questions/care.yaml")
    let result = copy.load()
    #expect(result.errors.isEmpty, "\(result.errors)")
    #expect(result.bundle?.topic(id: "care")?.title == "Caring for\tyour port")
  }
}
