import Foundation
import LearnerStore
import Learning
import Shell
import TestSupport
import Testing

/// The first run at a terminal on a store with nobody in it.
@Suite struct FirstRunTests {
  private func firstRun(_ lines: [String], learner name: String? = nil) throws
    -> (text: String, learners: [Learner])
  {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let starting = try StartingLearner.choose(named: name, in: store, canAsk: true, at: Date())
    let output = RecordingOutput()
    _ = ShellSession(
      bundle: MiniBundle.bundle, output: output,
      reader: ScriptedLineReader(lines, transcript: output, interactive: true), store: store,
      starting: starting
    ).run()
    return (output.text, try store.learners())
  }

  @Test func enterAtTheNameLeavesAGuest() throws {
    let (text, learners) = try firstRun(["", "quit"])
    #expect(learners.map(\.name) == ["Guest"])
    #expect(text.contains("You are learning as Guest."))
    #expect(!text.contains("Are you the patient"))
  }

  @Test func aNameThatCannotBeOneIsAskedAgain() throws {
    let (text, learners) = try firstRun(["Ana <3", "my name is Ana.", "the patient", "quit"])
    #expect(text.contains("A learner's name can have letters"))
    #expect(learners.map(\.name) == ["Ana"] && learners[0].role == .patient)
    #expect(learners[0].lastUsedAt != nil)
  }

  /// `--learner Dev` at a terminal: only the role is asked.
  @Test func aGivenNameIsAskedOnlyItsRole() throws {
    let (text, learners) = try firstRun(
      ["not the patient, the parent", "parent", "quit"], learner: "Dev")
    #expect(!text.contains("What name should I use"))
    #expect(text.contains("Please type patient, parent or educator"))
    #expect(learners.map(\.name) == ["Dev"] && learners[0].role == .caregiver)
  }

  /// Stopping at the role leaves a guest, never a learner without a role.
  @Test func stoppingAtTheRoleLeavesAGuest() throws {
    let (_, learners) = try firstRun(["Ana", "stop", "quit"])
    #expect(learners.map(\.name) == ["Guest"])
  }
}
