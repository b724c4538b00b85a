import Foundation
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// The learner used last is the one a later run resumes; renaming keeps everything.
@Suite struct LastUsedLearnerTests {
  let folder: TemporaryFolder
  let store: SQLiteLearnerStore
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
  }

  @Test func theLearnerOpenedLastIsResumedNotTheFirstAdded() throws {
    #expect(try store.lastUsedLearner() == nil)
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let dev = try store.addLearner(name: "Dev", role: .caregiver, pathID: nil)
    try store.markUsed(learnerID: dev.id, at: start)
    #expect(try store.lastUsedLearner()?.name == "Dev")
    let opened = try store.markUsed(learnerID: ana.id, at: start + 60)
    #expect(opened.lastUsedAt == start + 60)
    #expect(try store.lastUsedLearner()?.name == "Ana")
    #expect(throws: LearnerStoreError.unknownLearner(99)) {
      try store.markUsed(learnerID: 99, at: start)
    }
  }

  /// A learner a teaching session added and nobody opened comes after everyone opened.
  @Test func aLearnerNeverOpenedIsNotResumedBeforeOneWhoWas() throws {
    let dev = try store.addLearner(name: "Dev", role: .caregiver, pathID: nil)
    try store.markUsed(learnerID: dev.id, at: start)
    _ = try store.addLearner(name: "Sam", role: .patient, pathID: nil)
    #expect(try store.lastUsedLearner()?.name == "Dev")
  }

  @Test func renamingKeepsTheLearnersEventsAndRefusesATakenName() throws {
    let guest = try store.addLearner(name: "Guest", role: .patient, pathID: nil)
    _ = try store.addLearner(name: "Dev", role: .caregiver, pathID: nil)
    let context = RecordingContext(learnerID: guest.id, bundleID: "port", bundleVersion: "1")
    try store.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "flushing"), in: context, at: start)
    let maria = try store.renameLearner(id: guest.id, to: "  Maria ")
    #expect(maria.name == "Maria" && maria.id == guest.id)
    #expect(
      try store.sectionsRead(learnerID: maria.id, bundleID: "port")
        == [SectionKey(topicID: "care", sectionID: "flushing")])
    #expect(try store.learner(named: "Guest") == nil)
    #expect(throws: LearnerStoreError.duplicateLearnerName("dev")) {
      try store.renameLearner(id: guest.id, to: "dev")
    }
    // A change of case alone is not a clash with oneself.
    #expect(try store.renameLearner(id: guest.id, to: "MARIA").name == "MARIA")
  }

  /// What start-up reads (the learner to resume, where they stopped reading, what is due) is
  /// found through indexes: no table scan and no sort of a learner's events.
  @Test func startUpQueriesUseIndexes() throws {
    let dev = try store.addLearner(name: "Dev", role: .caregiver, pathID: nil)
    let context = RecordingContext(learnerID: dev.id, bundleID: "port", bundleVersion: "1")
    for (index, section) in ["flushing", "signs", "call"].enumerated() {
      try store.recordSectionRead(
        SectionKey(topicID: "care", sectionID: section), in: context, at: start + Double(index))
    }
    #expect(
      try store.lastSectionRead(learnerID: dev.id, bundleID: "port")
        == SectionKey(topicID: "care", sectionID: "call"))
    let plans = try store.startupQueryPlans(learnerID: dev.id, bundleID: "port")
    #expect(plans.count == 5)
    for plan in plans {
      #expect(!plan.contains("TEMP B-TREE") && !plan.contains("SCAN event"), "\(plan)")
    }
    #expect(plans.contains { $0.contains("event_section_read_by_time") })
  }
}
