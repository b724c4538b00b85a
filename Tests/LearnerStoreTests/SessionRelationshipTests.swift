import Foundation
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// Who a caregiver is to the patient is kept with their place in a session; notes are found for
/// each learner's own record.
@Suite struct SessionRelationshipTests {
  let folder: TemporaryFolder
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws { folder = try TemporaryFolder() }

  private func session(
    _ store: SQLiteLearnerStore, _ ids: [Int64],
    _ relationships: [Int64: CaregiverRelationship] = [:],
    at date: Date
  ) throws -> TeachingSession {
    try store.startTeachingSession(
      educatorName: "Ada", learnerIDs: ids, bundleID: "port", bundleVersion: "1.0", pathID: nil,
      plannedTopicIDs: [], relationships: relationships, at: date)
  }

  @Test func aRelationshipIsKeptWithTheSessionAndFoundForTheLearner() throws {
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let rosa = try store.addLearner(name: "Rosa Martinez", role: .patient, pathID: nil)
    let luis = try store.addLearner(name: "Luis Martinez", role: .caregiver, pathID: nil)
    let started = try session(store, [rosa.id, luis.id], [luis.id: .spouse], at: start)
    #expect(started.relationships == [luis.id: .spouse])
    let read = try #require(try store.teachingSession(id: started.id))
    #expect(read.relationships == [luis.id: .spouse])
    #expect(try store.relationship(ofLearner: luis.id) == .spouse)
    #expect(try store.relationship(ofLearner: rosa.id) == nil)
  }

  @Test func aLearnersNotesAreTheirsAndTheirSessionsWholeNotes() throws {
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let rosa = try store.addLearner(name: "Rosa Martinez", role: .patient, pathID: nil)
    let luis = try store.addLearner(name: "Luis Martinez", role: .caregiver, pathID: nil)
    let other = try store.addLearner(name: "Kim", role: .patient, pathID: nil)
    let first = try session(store, [rosa.id, luis.id], at: start)
    try store.addNote("needs glasses", sessionID: first.id, learnerID: rosa.id, at: start + 60)
    try store.addNote("prefers Spanish", sessionID: first.id, learnerID: luis.id, at: start + 90)
    try store.addNote("short visit", sessionID: first.id, learnerID: nil, at: start + 120)
    _ = try store.endTeachingSession(first.id, at: start + 600)
    let second = try session(store, [other.id], at: start + 3600)
    try store.addNote("not for Rosa", sessionID: second.id, learnerID: nil, at: start + 3700)
    #expect(try store.notes(learnerID: rosa.id).map(\.text) == ["needs glasses", "short visit"])
    #expect(try store.notes(learnerID: luis.id).map(\.text) == ["prefers Spanish", "short visit"])
  }

  /// A store from before `addRelationshipToSessionLearner` opens and keeps its sessions.
  @Test func anOldStoreOpensAndKeepsItsSessions() throws {
    let path = folder.path("old.sqlite")
    let sessionID: Int64
    let anaID: Int64
    do {
      let old = try SQLiteLearnerStore(
        path: path, model: FSRS(), migrateUpTo: "addDidNotKnowToEvent")
      let ana = try old.addLearner(name: "Ana", role: .caregiver, pathID: nil)
      anaID = ana.id
      try old.database.write { db in
        try db.execute(
          sql: """
            INSERT INTO teaching_session (id, educator_name, bundle_id, bundle_version,
              planned_topics, started_at)
            VALUES (4, 'Ada', 'port', '1.0', '[]', ?);
            INSERT INTO teaching_session_learner (session_id, learner_id, position)
            VALUES (4, ?, 0);
            INSERT INTO session_note (session_id, learner_id, at, text)
            VALUES (4, ?, ?, 'needs glasses');
            """,
          arguments: [start.timeIntervalSince1970, ana.id, ana.id, start.timeIntervalSince1970])
      }
      sessionID = 4
      try old.close()
    }
    let upgraded = try SQLiteLearnerStore(path: path)
    let session = try #require(try upgraded.teachingSession(id: sessionID))
    #expect(session.learnerIDs == [anaID])
    #expect(session.relationships.isEmpty)
    #expect(try upgraded.relationship(ofLearner: anaID) == nil)
    #expect(try upgraded.notes(learnerID: anaID).map(\.text) == ["needs glasses"])
  }
}
