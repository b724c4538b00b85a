import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// A store as today's released Teachback writes it (every migration up to
/// `addDidNotKnowToEvent`) opens with this version and keeps everything: every row of every
/// table, the learners' names (but the made-up "me"), and which learner was used last.
@Suite struct OldStoreTests {
  let folder: TemporaryFolder
  let path: String
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    path = folder.path("old.sqlite")
  }

  private func attempt(_ id: String, right: Bool, didNotKnow: Bool = false, at date: Date)
    -> Attempt
  {
    Attempt(
      questionID: id, topicID: "care", sectionID: "flushing", response: right ? "a" : "b",
      isCorrect: right, tryNumber: 1, usedHint: false, isRedFlag: false, secondsTaken: 12,
      rating: right ? .good : .again, answeredAt: date, didNotKnow: didNotKnow)
  }

  /// Fills an old-schema store the way that version's shell did: "me" first (made up when
  /// nobody was named), then Dev, who read and answered last; a teaching session with a note.
  private func writeOldStore() throws {
    let old = try SQLiteLearnerStore(path: path, model: FSRS(), migrateUpTo: "addDidNotKnowToEvent")
    let me = try old.addLearner(name: "me", role: .patient, pathID: nil)
    let dev = try old.addLearner(name: "Dev", role: .caregiver, pathID: "home-care")
    let sam = try old.addLearner(name: "Sam", role: .patient, pathID: nil)
    let mine = RecordingContext(learnerID: me.id, bundleID: "port", bundleVersion: "1")
    try old.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "flushing"), in: mine, at: start)
    // The teaching session as that version wrote it: today's code writes columns it lacked.
    let sessionID = try old.database.write { db -> Int64 in
      try db.execute(
        sql: """
          INSERT INTO teaching_session
            (educator_name, bundle_id, bundle_version, path_id, planned_topics, started_at)
          VALUES ('Ada', 'port', '1', 'home-care', '["care"]', ?)
          """, arguments: [(start + 60).timeIntervalSince1970])
      let id = db.lastInsertedRowID
      try db.execute(
        sql: "INSERT INTO teaching_session_learner (session_id, learner_id, position) "
          + "VALUES (?, ?, 0)", arguments: [id, dev.id])
      return id
    }
    let devs = RecordingContext(
      learnerID: dev.id, bundleID: "port", bundleVersion: "1", teachingSessionID: sessionID)
    try old.recordTopicOpened("care", in: devs, at: start + 70)
    try old.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "flushing"), in: devs, at: start + 80)
    try old.recordAnswers(
      [
        attempt("q1", right: true, at: start + 90),
        attempt("q2", right: false, didNotKnow: true, at: start + 100),
      ], in: devs)
    try old.database.write { db in
      try db.execute(
        sql: "INSERT INTO session_note (session_id, learner_id, at, text) VALUES (?, ?, ?, ?)",
        arguments: [
          sessionID, dev.id, (start + 110).timeIntervalSince1970, "Dev asks about showers",
        ])
      try db.execute(
        sql: "UPDATE teaching_session SET ended_at = ? WHERE id = ?",
        arguments: [(start + 120).timeIntervalSince1970, sessionID])
    }
    _ = sam
    try old.close()
  }

  static let tables = [
    "event", "memory_state", "teaching_session", "teaching_session_learner", "session_note",
  ]

  /// The columns each table had in the old store.
  private func columns(_ store: SQLiteLearnerStore) throws -> [String: [String]] {
    try store.database.read { db in
      try Dictionary(
        uniqueKeysWithValues: Self.tables.map { ($0, try db.columns(in: $0).map(\.name)) })
    }
  }

  /// Every row of every table but `learner` and `grdb_migrations`, in a fixed order, in the
  /// old store's columns (later migrations may add columns, never change these).
  private func everyRow(_ store: SQLiteLearnerStore, columns old: [String: [String]]) throws
    -> [String: [[DatabaseValue]]]
  {
    try store.database.read { db in
      var rows: [String: [[DatabaseValue]]] = [:]
      for table in Self.tables {
        let columns = old[table] ?? []
        let list = columns.joined(separator: ", ")
        rows[table] = try Row.fetchAll(
          db, sql: "SELECT \(list) FROM \(table) ORDER BY \(list)"
        ).map { Array($0.databaseValues) }
      }
      return rows
    }
  }

  private func learnerRows(_ store: SQLiteLearnerStore) throws -> [[DatabaseValue]] {
    try store.database.read { db in
      try Row.fetchAll(db, sql: "SELECT id, role, path_id, created_at FROM learner ORDER BY id")
        .map { Array($0.databaseValues) }
    }
  }

  @Test func aStoreWrittenByTodaysReleaseOpensAndKeepsEverything() throws {
    try writeOldStore()
    let before = try SQLiteLearnerStore(
      path: path, model: FSRS(), migrateUpTo: "addDidNotKnowToEvent")
    let oldColumns = try columns(before)
    let rowsBefore = try everyRow(before, columns: oldColumns)
    let learnersBefore = try learnerRows(before)
    try before.close()
    #expect(rowsBefore["event"]?.count == 5 && rowsBefore["session_note"]?.count == 1)

    let upgraded = try SQLiteLearnerStore(path: path)
    #expect(try everyRow(upgraded, columns: oldColumns) == rowsBefore)
    #expect(try learnerRows(upgraded) == learnersBefore)
    #expect(try upgraded.learners().map(\.name) == ["Guest", "Dev", "Sam"])
    // Dev's last event is the latest, so Dev is resumed; Sam, who did nothing, counts from
    // when Sam was added.
    #expect(try upgraded.lastUsedLearner()?.name == "Dev")
    let learners = try upgraded.learners()
    #expect(learners[1].lastUsedAt == start + 100)
    #expect(learners[2].lastUsedAt == learners[2].createdAt)
    #expect(
      try upgraded.history(learnerID: learners[1].id).map(\.kind) == [
        .answerGiven, .answerGiven, .sectionRead, .topicOpened,
      ])
    #expect(try upgraded.memory(learnerID: learners[1].id, bundleID: "port").states.count == 2)
    #expect(try upgraded.notes(sessionID: 1).map(\.text) == ["Dev asks about showers"])
    // Privacy came later: an older store is in home mode, with no PIN and no access events.
    #expect(try upgraded.accessMode() == .home)
    #expect(try learners.allSatisfy { try !upgraded.hasPIN(learnerID: $0.id) })
    #expect(try upgraded.accessEvents(learnerID: nil).isEmpty)
  }

  /// "me" becomes "Guest" only when no learner is already called that.
  @Test func aLearnerAlreadyCalledGuestKeepsTheName() throws {
    do {
      let old = try SQLiteLearnerStore(
        path: path, model: FSRS(), migrateUpTo: "addDidNotKnowToEvent")
      _ = try old.addLearner(name: "me", role: .patient, pathID: nil)
      _ = try old.addLearner(name: "guest", role: .patient, pathID: nil)
      try old.close()
    }
    #expect(try SQLiteLearnerStore(path: path).learners().map(\.name) == ["me", "guest"])
  }
}
