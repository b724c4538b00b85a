import Foundation
import TestSupport
import Testing

/// `teachback --version` and the answers the real binary gives a shell's Tab
/// (`teachback ---completion …`, as the generated bash, zsh and fish scripts ask).
@Suite struct VersionAndCompletionTests {
  private func teachback() throws -> BuiltProgram {
    try #require(BuiltProgram(named: "teachback"), "teachback is built by `swift build`")
  }

  @Test func theVersionNamesTheProgramAndTheBuiltInContent() throws {
    let bundle = try ImplantedPortBundle.load()
    let run = try teachback().run(["--version"], in: try TemporaryFolder())
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("teachback ") == true)
    #expect(lines.contains("content: \(bundle.manifest.id) \(bundle.manifest.version) (built in)"))
  }

  @Test(arguments: [
    (["read", "--", "positional@0", "2", "5", "teachback", "read", "parts"], "parts#septum"),
    (["read", "--", "positional@0", "2", "0", "teachback", "read", ""], "what-is-a-port"),
    (["quiz", "--", "positional@0", "2", "1", "teachback", "quiz", "r"], "red-flags"),
    (["topics", "--", "positional@0", "2", "0", "teachback", "topics", ""], "home-care"),
    (["handout", "--", "--path", "3", "0", "teachback", "handout", "--path", ""], "educator"),
    (["handout", "--", "positional@0", "2", "1", "teachback", "handout", "p"], "parts"),
    (["show", "--", "positional@0", "2", "1", "teachback", "show", "si"], "site-check"),
  ])
  func tabOffersContentWords(_ arguments: [String], _ expected: String) throws {
    let run = try teachback().run(["---completion"] + arguments, in: try TemporaryFolder())
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.split(separator: "\n").contains(Substring(expected)), "\(run.output)")
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func namesAreNeverAskedOfTheProgram(_ shell: String) throws {
    let run = try teachback().run(
      ["--generate-completion-script", shell], in: try TemporaryFolder())
    #expect(run.status == 0)
    #expect(run.output.contains("---completion read"))
    for option in ["--for", "--learner"] {
      #expect(!run.output.contains("-- \(option) "), "\(shell) asks for \(option)")
    }
  }
}
