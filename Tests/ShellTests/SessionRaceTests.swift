import Foundation
import LearnerStore
import Learning
import Shell
import TestSupport
import Testing

/// `session start` while another Teachback on the same file has just started one: this shell
/// carries on in that session (a store holds one open session) instead of recording outside it.
@Suite struct SessionRaceTests {
  @Test func aSessionStartedElsewhereMeanwhileIsJoined() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("progress.sqlite")
    let store = try SQLiteLearnerStore(path: path)
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let output = RecordingOutput()
    let reader = ScriptedLineReader(["Nurse Lee", "Ana", ""], transcript: output)
    let shell = ShellSession(
      bundle: MiniBundle.bundle, output: output, reader: reader, store: store, learner: ana)
    let other = try SQLiteLearnerStore(path: path)
    let elsewhere = try other.startTeachingSession(
      educatorName: "Nurse Kim", learnerIDs: [ana.id], bundleID: "mini", bundleVersion: "1",
      pathID: nil, plannedTopicIDs: [])
    #expect(shell.execute("session start") == .succeeded)
    #expect(output.text.contains("Another Teachback on this computer has a teaching session open."))
    #expect(output.text.contains("A teaching session with Ana is still open; it carries on."))
    #expect(try store.teachingSessions().map(\.id) == [elsewhere.id])
    #expect(shell.execute("session end") == .succeeded)
    #expect(try store.teachingSession(id: elsewhere.id)?.isOpen == false)
  }
}
