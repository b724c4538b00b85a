import Foundation
import Markdown
import TestSupport
import Testing

@testable import Shell

/// The conventions of a Unix tool, through the real binary where a process is needed: output on
/// standard output, problems on standard error, 0 for success, 1 for a failure, 64 for usage;
/// a missing folder named plainly; colour only where wanted (no-color.org, `TERM=dumb`).
@Suite struct UnixConventionsTests {
  private func teachback() throws -> BuiltProgram {
    try #require(BuiltProgram(named: "teachback"), "teachback is built by `swift build`")
  }

  /// Messages are wrapped to the width; the words are what matters here.
  private func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  // MARK: - Exit statuses and streams

  @Test(
    arguments: [
      (["topics"], 0),
      (["read", "parts"], 0),
      (["read", "no-such-topic"], 1),
      (["topics", "no-such-path"], 1),
      (["no-such-command"], 64),
      (["topics", "--no-such-option"], 64),
      (["--width", "5", "topics"], 64),
      (["report", "--format", "xml"], 64),
      (["read"], 64),
    ] as [([String], Int32)])
  func statusesAndStreams(_ arguments: [String], _ status: Int32) throws {
    let run = try teachback().run(arguments, in: try TemporaryFolder())
    #expect(run.status == status, "\(arguments): \(run.errors)")
    if status == 0 {
      #expect(run.errors.isEmpty)
      #expect(!run.output.isEmpty)
    } else {
      #expect(run.output.isEmpty, "\(arguments) wrote to standard output: \(run.output)")
      #expect(!run.errors.isEmpty)
    }
  }

  // MARK: - Missing folders

  @Test func lintOutsideTheRepositoryNamesTheMissingFolder() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(["lint"], in: folder)
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(oneLine(run.errors).contains("There is no bundle folder content/implanted-port"))
    #expect(oneLine(run.errors).contains("teachback lint DIR"))
    #expect(!run.errors.contains("bundle.yaml:1:1"))
  }

  @Test func lintOfAFolderWithoutABundleSaysSo() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.path("notes"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: folder.url.appendingPathComponent("file.txt"))
    let empty = try teachback().run(["lint", "notes"], in: folder)
    #expect(empty.status == 1)
    #expect(oneLine(empty.errors).contains("it has no bundle.yaml"))
    let file = try teachback().run(["lint", "file.txt"], in: folder)
    #expect(file.status == 1)
    #expect(oneLine(file.errors).contains("is a file, but a bundle is a folder"))
  }

  @Test func aMissingContentFolderIsNamedPlainly() throws {
    let run = try teachback().run(
      ["--content", "/no/such/bundle", "topics"], in: TemporaryFolder())
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(oneLine(run.errors).contains("There is no bundle folder /no/such/bundle."))
    #expect(!run.errors.contains("bundle.yaml:1:1"))
  }

  @Test func lintOfTheShippedBundlePasses() throws {
    let run = try teachback().run(
      ["lint", RepositoryFiles.implantedPortBundle.path], in: try TemporaryFolder())
    #expect(run.status == 0, "\(run.output)\(run.errors)")
  }

  @Test func lintTakesTheBundleFolderAsContentToo() throws {
    let folder = try TemporaryFolder()
    let bundle = RepositoryFiles.implantedPortBundle.path
    let run = try teachback().run(["lint", "--content", bundle], in: folder)
    #expect(run.status == 0, "\(run.output)\(run.errors)")
    let missing = try teachback().run(["lint", "--content", "/no/such/bundle"], in: folder)
    #expect(oneLine(missing.errors).contains("There is no bundle folder /no/such/bundle"))
    let both = try teachback().run(["lint", bundle, "--content", "/no/such/bundle"], in: folder)
    #expect(both.status == 64)
    #expect(oneLine(both.errors).contains("Give the bundle folder once"))
  }

  @Test func renderReadsPipesAndDevicesAsWellAsFiles() throws {
    let folder = try TemporaryFolder()
    let empty = try teachback().run(["render", "/dev/null"], in: folder)
    #expect(empty.status == 0, "\(empty.errors)")
    #expect(empty.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    let pipe = folder.path("pipe.md")
    #expect(mkfifo(pipe, 0o600) == 0)
    let writer = Thread {
      let descriptor = open(pipe, O_WRONLY)
      _ = "# From a pipe\n".withCString { write(descriptor, $0, strlen($0)) }
      close(descriptor)
    }
    writer.start()
    let piped = try teachback().run(["render", "--color", "never", pipe], in: folder)
    #expect(piped.status == 0, "\(piped.errors)")
    #expect(piped.output.contains("From a pipe"))
  }

  // MARK: - Colour

  @Test(
    arguments: [
      (LaunchOptions.ColorChoice.auto, true, [:], OutputStyle.color),
      (.auto, true, ["NO_COLOR": ""], .color),
      (.auto, true, ["NO_COLOR": "1"], .monochrome),
      (.auto, true, ["NO_COLOR": "0"], .monochrome),
      (.auto, true, ["NO_COLOR": "yes", "TERM": "xterm-256color"], .monochrome),
      (.auto, true, ["TERM": "dumb"], .monochrome),
      (.auto, true, ["TERM": "dumb", "NO_COLOR": ""], .monochrome),
      (.auto, true, ["TERM": "xterm"], .color),
      (.auto, false, [:], .monochrome),
      (.never, true, [:], .monochrome),
      (.always, false, ["NO_COLOR": "1", "TERM": "dumb"], .color),
    ] as [(LaunchOptions.ColorChoice, Bool, [String: String], OutputStyle)])
  func colourFollowsTheEnvironment(
    _ choice: LaunchOptions.ColorChoice, _ isTerminal: Bool, _ environment: [String: String],
    _ expected: OutputStyle
  ) {
    #expect(
      OutputStyle.choose(choice, plain: false, isTerminal: isTerminal, environment: environment)
        == expected)
  }

  @Test func plainWinsOverEverything() {
    for choice in LaunchOptions.ColorChoice.allCases {
      #expect(
        OutputStyle.choose(choice, plain: true, isTerminal: true, environment: [:]) == .plain)
    }
  }

  @Test(
    arguments: [
      (true, "xterm-256color", true), (true, nil, true), (true, "dumb", false),
      (false, "xterm", false),
    ] as [(Bool, String?, Bool)])
  func aDumbTerminalIsNeverCleared(_ isTerminal: Bool, _ term: String?, _ expected: Bool) {
    #expect(StandardOutput.mayBeCleared(isTerminal: isTerminal, term: term) == expected)
  }

  @Test(arguments: [["NO_COLOR": "1"], ["TERM": "dumb"], ["NO_COLOR": ""]])
  func scriptsNeverGetEscapeCodes(_ environment: [String: String]) throws {
    let run = try teachback().run(
      ["read", "parts"], in: try TemporaryFolder(), environment: environment)
    #expect(run.status == 0)
    #expect(!run.output.contains("\u{1B}"))
    #expect(!run.errors.contains("\u{1B}"))
  }
}
