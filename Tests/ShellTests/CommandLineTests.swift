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

  /// Plain shell options are read without the argument parser; anything else still gets the
  /// parser's messages and its usage status.
  @Test(arguments: [
    ["--width", "10"], ["--color", "purple"], ["--store"], ["-x"], ["--no-such-option", "1"],
    ["--lang", "fr"],
  ])
  func aShellOptionThatIsNotPlainGetsTheParsersMessage(_ arguments: [String]) throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(arguments, in: folder, input: "quit\n")
    #expect(run.status == 64, "\(arguments): \(run.output)\(run.errors)")
    #expect(run.output.isEmpty)
    #expect(!run.errors.isEmpty)
  }

  @Test func plainShellOptionsOpenTheShellAsTyped() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(
      ["--store=own.sqlite", "--learner", "Dev", "--width", "40", "--color", "never", "--plain"],
      in: folder, input: "learner\nquit\n")
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("Dev"))
    #expect(FileManager.default.fileExists(atPath: folder.path("own.sqlite")))
    #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 40 })
  }

  @Test func aPlainLangOpensTheShellInThatLanguage() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(
      ["--lang", "es", "--store", "own.sqlite"], in: folder, input: "topics\nquit\n")
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("Qué es un puerto"))
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

/// Settings and progress folders that are files: each says so by cause, none hangs or says
/// "No home folder is set".
@Suite struct FolderIsAFileTests {
  @Test func aConfigHomeThatIsAFileIsSaid() throws {
    let program = try #require(BuiltProgram(named: "teachback"), "built by `swift build`")
    let folder = try TemporaryFolder()
    try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path("config-file")))
    let run = try program.run(
      ["topics", "--width", "1000"], in: folder,
      environment: ["XDG_CONFIG_HOME": folder.path("config-file")])
    #expect(run.errors.contains("is a file, where a folder is needed"), "\(run.errors)")
    #expect(!run.errors.contains("No home folder"))
    #expect(run.output.contains("The parts of a port"))
  }

  @Test func aDataHomeThatIsAFileIsSaidAndExitsOne() throws {
    let program = try #require(BuiltProgram(named: "teachback"), "built by `swift build`")
    let folder = try TemporaryFolder()
    try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path("data-file")))
    let run = try program.run(
      ["--width", "1000"], in: folder, input: "quiz types\nb\nstop\n",
      environment: ["XDG_DATA_HOME": folder.path("data-file")])
    #expect(run.status == 1)
    #expect(run.errors.contains("Progress will not be saved this time"), "\(run.errors)")
    #expect(run.errors.contains("is a file, where a folder is needed"), "\(run.errors)")
    #expect(run.output.contains("This answer was not saved"))
  }
}

/// `teachback call` in a script: its exit status says what it advised.
@Suite struct CallCommandTests {
  @Test(arguments: [
    (String(repeating: "no\n", count: 11), Int32(0)),
    ("no\nno\nno\nyes\n" + String(repeating: "no\n", count: 7), Int32(3)),
    ("no\nno\nno\nnot sure\n", Int32(3)),
    ("no\nno\n", Int32(3)),
    ("no\nyes\n", Int32(4)),
  ])
  func theExitStatusSaysWhatWasAdvised(answers: String, status: Int32) throws {
    let program = try #require(BuiltProgram(named: "teachback"), "built by `swift build`")
    let folder = try TemporaryFolder()
    let run = try program.run(["call"], in: folder, input: answers)
    #expect(run.status == status, "\(run.output)\(run.errors)")
  }
}
