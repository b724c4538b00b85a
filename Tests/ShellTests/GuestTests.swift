import Foundation
import LearnerStore
import Learning
import Shell
import TestSupport
import Testing

/// A guest who types `learner Maria` to say "this is me" keeps their progress under that name,
/// instead of starting again as an empty new learner.
@Suite struct GuestTests {
  private func run(_ lines: [String]) throws -> (text: String, learners: [Learner], read: Int) {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let starting = try StartingLearner.choose(named: nil, in: store, canAsk: false, at: Date())
    let output = RecordingOutput()
    _ = ShellSession(
      bundle: MiniBundle.bundle, output: output,
      reader: ScriptedLineReader(lines, transcript: output), store: store, starting: starting
    ).run()
    let learners = try store.learners()
    let read = try store.sectionsRead(
      learnerID: learners[0].id, bundleID: MiniBundle.bundle.manifest.id
    ).count
    return (output.text, learners, read)
  }

  @Test func aGuestWhoGivesTheirNameKeepsTheirProgress() throws {
    let (text, learners, read) = try run(["read 1", "learner Maria", "yes", "parent", "learner"])
    #expect(text.contains("Is Maria you?"))
    #expect(learners.map(\.name) == ["Maria"] && learners[0].role == .caregiver)
    #expect(read == 1)
    #expect(text.contains("You are learning as Maria (parent or caregiver"))
  }

  @Test func noAddsSomeoneNewAndTheGuestStays() throws {
    let (_, learners, read) = try run(["read 1", "learner Maria", "no", "patient"])
    #expect(learners.map(\.name) == ["Guest", "Maria"])
    #expect(read == 1)
  }

  /// The script: a guest is added only when something needs a learner, so a script
  /// that names its learner first leaves no empty guest behind; `topics` needs none.
  @Test func aScriptThatNamesItsLearnerLeavesNoGuest() throws {
    let (text, learners, read) = try run(["topics", "learner Dev parent", "read 1", "learner"])
    #expect(!text.contains("Is Dev you?") && !text.contains("Guest"))
    #expect(learners.map(\.name) == ["Dev"] && read == 1)
  }

  @Test func aGuestIsAddedWhenSomethingIsRecorded() throws {
    let (_, learners, read) = try run(["read 1", "learner Maria patient"])
    #expect(learners.map(\.name) == ["Guest", "Maria"] && read == 1)
  }
}
