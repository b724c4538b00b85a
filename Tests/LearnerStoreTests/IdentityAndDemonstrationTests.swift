import Foundation
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// A patient's identity and return demonstrations are kept with who entered each and when; a
/// correction never writes over the original.
@Suite struct IdentityAndDemonstrationTests {
  let folder: TemporaryFolder
  let store: SQLiteLearnerStore
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
  }

  @Test func aCorrectedIdentityKeepsTheOriginal() throws {
    let rosa = try store.addLearner(name: "Rosa Martinez", role: .patient, pathID: nil)
    #expect(try store.identityHistory(learnerID: rosa.id).isEmpty)
    try store.addIdentity(
      PatientIdentity(
        mrn: " 12345\u{1B} ", mrnSystem: "Mercy Hospital", birthDate: "1961-04-12",
        enteredBy: "Ada", enteredAt: start), learnerID: rosa.id)
    try store.addIdentity(
      PatientIdentity(
        mrn: "12354", mrnSystem: "Mercy Hospital", birthDate: "1961-04-12", enteredBy: "Ben",
        enteredAt: start + 60), learnerID: rosa.id)
    let history = try store.identityHistory(learnerID: rosa.id)
    #expect(history.map(\.mrn) == ["12345", "12354"], "control characters and spaces go")
    #expect(history.map(\.enteredBy) == ["Ada", "Ben"])
    #expect(history.last?.enteredAt == start + 60)
    #expect(try store.lastMRNSystem() == "Mercy Hospital")
    #expect(throws: LearnerStoreError.unknownLearner(99)) {
      try store.addIdentity(
        PatientIdentity(
          mrn: "1", mrnSystem: nil, birthDate: nil, enteredBy: "Ada", enteredAt: start),
        learnerID: 99)
    }
  }

  @Test func aCorrectedDemonstrationKeepsTheOriginal() throws {
    let luis = try store.addLearner(name: "Luis Martinez", role: .caregiver, pathID: nil)
    let session = try store.startTeachingSession(
      educatorName: "Ada", learnerIDs: [luis.id], bundleID: "port", bundleVersion: "1",
      pathID: nil, plannedTopicIDs: [], at: start)
    let first = try store.recordDemonstration(
      learnerID: luis.id, teachingSessionID: session.id, bundleID: "port", topicID: "flushing",
      passed: false, note: "pushed\nhard", enteredBy: "Ada", at: start + 60)
    #expect(first.note == "pushed hard")
    let fixed = try store.recordDemonstration(
      learnerID: luis.id, teachingSessionID: session.id, bundleID: "port", topicID: "flushing",
      passed: true, note: "", enteredBy: "Ben", at: start + 120, replacing: first.id)
    let all = try store.demonstrations(learnerID: luis.id, bundleID: "port", sessionID: session.id)
    #expect(all.map(\.id) == [first.id, fixed.id])
    #expect(all.map(\.passed) == [false, true])
    #expect(all.last?.replacesID == first.id)
    #expect(try store.demonstration(id: first.id)?.enteredBy == "Ada")
    #expect(try store.demonstrations(learnerID: luis.id, bundleID: "other").isEmpty)
    #expect(throws: LearnerStoreError.unknownDemonstration(77)) {
      try store.recordDemonstration(
        learnerID: luis.id, teachingSessionID: nil, bundleID: "port", topicID: "flushing",
        passed: true, note: "", enteredBy: "Ada", replacing: 77)
    }
    try store.forgetAll(learnerID: luis.id)
    #expect(try store.demonstrations(learnerID: luis.id, bundleID: "port").isEmpty)
  }
}
