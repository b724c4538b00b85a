import Foundation
import TestSupport
import Testing

/// The one-shot commands as a person types them, run through the real `teachback` binary:
/// typed options reach the command unchanged, and problems go to standard error with an exit
/// status a script can test.
@Suite(.serialized) struct CommandLineTests {
  private func teachback() throws -> BuiltProgram {
    try #require(BuiltProgram(named: "teachback"), "teachback is built by `swift build`")
  }

  @Test func aHandoutFileNameWithAQuoteIsWrittenAsTyped() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(["handout", "parts", "--out", "care\"sheet.html"], in: folder)
    #expect(run.status == 0, "\(run.errors)")
    #expect(FileManager.default.fileExists(atPath: folder.path("care\"sheet.html")))
    #expect(!FileManager.default.fileExists(atPath: folder.path("caresheet.html")))
    #expect(run.output.contains("care\"sheet.html"))
  }

  @Test func aReportToAMissingFolderSaysSoOnStandardError() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(["report", "--out", "/no/such/dir/r.md"], in: folder)
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(run.errors.contains("The folder /no/such/dir does not exist"))
    #expect(!run.errors.contains("NSCocoaErrorDomain"))
    #expect(!run.errors.contains("permission"))
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(["report", "--format", "xml"], in: folder)
    #expect(run.status == 64)
    #expect(run.errors.contains("xml"))
  }

  @Test func aQuotedNameInTheShellReachesTheLearner() throws {
    let folder = try TemporaryFolder()
    let script = """
      learner Robert "Bob" Smith patient
      report --for "Robert \\"Bob\\" Smith" --format csv --out 'bob record.csv'
      """
    let run = try teachback().run([], in: folder, input: script + "\n")
    #expect(run.status == 0, "\(run.output)\(run.errors)")
    let record = try String(contentsOfFile: folder.path("bob record.csv"), encoding: .utf8)
    #expect(record.contains("Robert \"\"Bob\"\" Smith"))
  }
}
