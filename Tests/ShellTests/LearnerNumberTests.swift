import Foundation
import LearnerStore
import Learning
import Shell
import TestSupport
import Testing

/// `learner` lists everyone on this computer, numbered, and `learner 2` switches to the second.
@Suite struct LearnerNumberTests {
  private func run(_ lines: [String], names: [String]) throws -> (text: String, status: Int32) {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let learners = try names.map { try store.addLearner(name: $0, role: .patient, pathID: nil) }
    let output = RecordingOutput()
    let shell = ShellSession(
      bundle: MiniBundle.bundle, output: output,
      reader: ScriptedLineReader(lines, transcript: output), store: store,
      learner: learners.first)
    let status = shell.run()
    return (output.text, status)
  }

  @Test func aNumberFromTheListChoosesThatLearner() throws {
    let (text, status) = try run(
      ["learner", "learner 2", "learner"], names: ["Ana", "Robert \"Bob\" Smith", "Cy"])
    #expect(status == 0)
    #expect(text.contains("  1. Ana (patient) — learning now"))
    #expect(text.contains("  2. Robert \"Bob\" Smith (patient)\n"))
    #expect(text.contains("You are now learning as Robert \"Bob\" Smith."))
    #expect(text.contains("  2. Robert \"Bob\" Smith (patient) — learning now"))
  }

  @Test func aNumberPastTheEndIsAnErrorAndAddsNoOne() throws {
    let (text, status) = try run(["learner 7", "learner"], names: ["Ana", "Ben"])
    #expect(status == 1)
    #expect(text.contains("There is no learner number 7: there are 2."))
    #expect(!text.contains("  3."))
  }

  /// A learner whose name is a number keeps it: the name wins over the place in the list.
  @Test func aLearnerNamedByANumberIsFoundByName() throws {
    let (text, _) = try run(["learner 1"], names: ["Ana", "1"])
    #expect(text.contains("You are now learning as 1."))
  }
}
