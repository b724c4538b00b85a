import Foundation
import TestSupport
import Testing

/// Records and settings as a nurse writes them from the command line: the format follows the
/// file's ending, Markdown is Markdown, a mistyped name gets a "did you mean", settings confirm,
/// and problems go to standard error.
@Suite(.serialized) struct OutputSlipTests {
  private func teachback() throws -> BuiltProgram {
    try #require(BuiltProgram(named: "teachback"), "teachback is built by `swift build`")
  }

  @Test func theFileEndingChoosesTheFormat() throws {
    let folder = try TemporaryFolder()
    for (file, start) in [
      ("sam.html", "<!DOCTYPE html>"), ("sam.csv", "learner,role"), ("sam.md", "# Patient"),
      ("sam.fhir.json", "{\n  \"resourceType\": \"Bundle\""), ("sam.json", "{\n  \"bundle\""),
    ] {
      let run = try teachback().run(
        ["report", "--learner", "Sam", "--for", "Sam", "--out", file], in: folder)
      #expect(run.status == 0, "\(run.errors)")
      let text = try String(contentsOfFile: folder.path(file), encoding: .utf8)
      #expect(text.hasPrefix(start), "\(file): \(text.prefix(40))")
    }
  }

  @Test func aFormatThatDisagreesWithTheFileIsRefused() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(
      ["report", "--learner", "Sam", "--format", "md", "--out", "x.html"], in: folder)
    #expect(run.status == 64)
    #expect(run.output.isEmpty)
    let errors = run.errors.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(errors.contains("`x.html` ends in .html, but the format asked for is md"), "\(errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.path("x.html")))
  }

  @Test func markdownAskedForIsMarkdown() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(
      ["report", "--learner", "Sam", "--for", "Sam", "--format", "md"], in: folder)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.hasPrefix("# Patient education record"))
    #expect(run.output.contains("| Topic | Sections read |"))
    #expect(!run.output.contains("═") && !run.output.contains("┌"))
  }

  @Test func aMistypedNameGetsADidYouMeanOnStandardError() throws {
    let folder = try TemporaryFolder()
    _ = try teachback().run(["topics", "--learner", "Rosa Martinez"], in: folder)
    for typed in ["Rosa", "Rosa Martines"] {
      let run = try teachback().run(["report", "--for", typed], in: folder)
      #expect(run.status == 1)
      #expect(run.output.isEmpty)
      let errors = run.errors.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(errors.contains("Did you mean `report --for \"Rosa Martinez\"`?"), "\(errors)")
    }
  }

  @Test func settingsConfirmAndAPhoneNeedsDigits() throws {
    let folder = try TemporaryFolder()
    let set = try teachback().run(["config", "set", "contact.phone", "555-0100"], in: folder)
    #expect(set.status == 0, "\(set.errors)")
    #expect(set.output.contains("Saved: contact.phone = 555-0100"))
    for bad in [[""], ["call", "us"]] {
      let run = try teachback().run(["config", "set", "contact.phone"] + bad, in: folder)
      #expect(run.status == 64)
      #expect(run.errors.contains("contact.phone must be a number to call"), "\(run.errors)")
    }
    let get = try teachback().run(["config", "get", "contact.phone"], in: folder)
    #expect(get.output.contains("555-0100"), "the bad values were not saved")
    let unset = try teachback().run(["config", "unset", "contact.phone"], in: folder)
    #expect(unset.output.contains("Removed contact.phone."))
  }
}
