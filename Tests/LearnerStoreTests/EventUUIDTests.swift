import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// Every event has its own UUID: those of a store written before `addUUIDToEvent` get one when
/// it opens, and every new one on insert.
@Suite struct EventUUIDTests {
  @Test func everyEventOldAndNewHasItsOwnUUID() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("progress.sqlite")
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let old = try SQLiteLearnerStore(path: path, model: FSRS(), migrateUpTo: "createAccessControl")
    let ana = try old.addLearner(name: "Ana", role: .patient, pathID: nil)
    let context = RecordingContext(learnerID: ana.id, bundleID: "port", bundleVersion: "1")
    for index in 0..<3 {
      try old.recordSectionRead(
        SectionKey(topicID: "care", sectionID: "s\(index)"), in: context, at: start)
    }
    try old.close()

    let store = try SQLiteLearnerStore(path: path)
    try store.recordTopicOpened("care", in: context, at: start)
    try store.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "s9"), in: context, at: start)
    let uuids = try store.database.read { db in
      try String?.fetchAll(db, sql: "SELECT uuid FROM event ORDER BY id")
    }
    #expect(uuids.count == 5)
    #expect(uuids.allSatisfy { $0.flatMap(UUID.init(uuidString:)) != nil })
    #expect(Set(uuids).count == 5)
    #expect(uuids.allSatisfy { $0?.dropFirst(14).first == "4" })
  }
}
