import Curriculum
import Foundation
import GRDB
import Learning
import Markdown

/// Teaching sessions and their notes: an educator teaching one or more learners.
///
/// Events recorded while a session runs carry its `id` as their `RecordingContext`'s
/// `teachingSessionID`, so `attempts(learnerID:bundleID:sessionID:)` finds what each learner
/// answered in it.
extension SQLiteLearnerStore {
  /// Starts a session for `learnerIDs` (in that order; a repeated id counts once), in one
  /// transaction, with who each caregiver is to the patient (`relationships`, by learner id,
  /// for those the educator named). Throws `unknownLearner` for an id that is not a learner, `noLearnersInSession`
  /// for none, `controlCharacterInEducatorName`, `invalidEducatorName`, and `sessionAlreadyOpen` while another session in this
  /// store has not been ended.
  package func startTeachingSession(
    educatorName: String, learnerIDs: [Int64], bundleID: String, bundleVersion: String,
    pathID: String?, plannedTopicIDs: [String],
    relationships: [Int64: CaregiverRelationship], language: Language, at date: Date
  ) throws -> TeachingSession {
    let date = Self.asStored(date)
    let educatorName = try StoreRules.educatorName(educatorName)
    let learnerIDs = try StoreRules.sessionLearners(learnerIDs)
    let planned = String(decoding: try JSONEncoder().encode(plannedTopicIDs), as: UTF8.self)
    return try write { db in
      if let open = try Self.openSession(db) {
        throw LearnerStoreError.sessionAlreadyOpen(
          id: open.id, educatorName: open.educatorName, startedAt: open.startedAt)
      }
      for learnerID in learnerIDs
      where try Bool.fetchOne(
        db, sql: "SELECT 1 FROM learner WHERE id = ?", arguments: [learnerID]) == nil
      {
        throw LearnerStoreError.unknownLearner(learnerID)
      }
      // `language` is written only when it is not English (NULL), as for events.
      let english = language == .english
      var arguments: StatementArguments = [
        educatorName, bundleID, bundleVersion, pathID, planned, date.timeIntervalSince1970,
      ]
      if !english { _ = arguments.append(contentsOf: [language.rawValue]) }
      try db.execute(
        sql: """
          INSERT INTO teaching_session (educator_name, bundle_id, bundle_version, path_id,
            planned_topics, started_at\(english ? "" : ", language"))
          VALUES (?, ?, ?, ?, ?, ?\(english ? "" : ", ?"))
          """,
        arguments: arguments)
      let id = db.lastInsertedRowID
      for (position, learnerID) in learnerIDs.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO teaching_session_learner (session_id, learner_id, position, relationship)
            VALUES (?, ?, ?, ?)
            """,
          arguments: [id, learnerID, position, relationships[learnerID]?.rawValue])
      }
      return TeachingSession(
        id: id, educatorName: educatorName, learnerIDs: learnerIDs, bundleID: bundleID,
        bundleVersion: bundleVersion, pathID: pathID, plannedTopicIDs: plannedTopicIDs,
        startedAt: date, endedAt: nil,
        relationships: relationships.filter { learnerIDs.contains($0.key) }, language: language)
    }
  }

  /// Ends an open session and returns it as ended. Throws `unknownTeachingSession` and
  /// `teachingSessionAlreadyEnded`.
  package func endTeachingSession(_ id: Int64, at date: Date) throws -> TeachingSession {
    let date = Self.asStored(date)
    return try write { db in
      guard var session = try Self.session(db, id: id) else {
        throw LearnerStoreError.unknownTeachingSession(id)
      }
      if let endedAt = session.endedAt {
        throw LearnerStoreError.teachingSessionAlreadyEnded(id: id, endedAt: endedAt)
      }
      try db.execute(
        sql: "UPDATE teaching_session SET ended_at = ? WHERE id = ?",
        arguments: [date.timeIntervalSince1970, id])
      session.endedAt = date
      return session
    }
  }

  package func teachingSession(id: Int64) throws -> TeachingSession? {
    try read { db in try Self.session(db, id: id) }
  }

  /// The most recent session that was started and never ended (e.g. after a crash), if any.
  package func openTeachingSession() throws -> TeachingSession? {
    try read { db in try Self.openSession(db) }
  }

  /// The most recent sessions, newest first.
  package func teachingSessions(limit: Int) throws -> [TeachingSession] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM teaching_session ORDER BY started_at DESC, id DESC LIMIT ?",
        arguments: [max(0, limit)]
      ).map { try Self.session(db, row: $0) }
    }
  }

  /// Adds a note to a session (open or ended), about `learnerID` — one of the session's
  /// learners — or, when `nil`, about the whole session. The text is kept as one line of at
  /// most `SessionNote.maximumLength` characters (see `SessionNote.sanitized`). Throws
  /// `emptyNote`, `unknownTeachingSession`, `unknownLearner` and `learnerNotInSession`.
  @discardableResult
  package func addNote(
    _ text: String, sessionID: Int64, learnerID: Int64?, at date: Date
  ) throws -> SessionNote {
    let text = SessionNote.sanitized(text)
    let date = Self.asStored(date)
    guard !text.isEmpty else { throw LearnerStoreError.emptyNote }
    return try write { db in
      guard
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM teaching_session WHERE id = ?", arguments: [sessionID]) != nil
      else { throw LearnerStoreError.unknownTeachingSession(sessionID) }
      if let learnerID {
        guard
          try Bool.fetchOne(db, sql: "SELECT 1 FROM learner WHERE id = ?", arguments: [learnerID])
            != nil
        else { throw LearnerStoreError.unknownLearner(learnerID) }
        guard
          try Bool.fetchOne(
            db,
            sql: "SELECT 1 FROM teaching_session_learner WHERE session_id = ? AND learner_id = ?",
            arguments: [sessionID, learnerID]) != nil
        else {
          throw LearnerStoreError.learnerNotInSession(learnerID: learnerID, sessionID: sessionID)
        }
      }
      try db.execute(
        sql: "INSERT INTO session_note (session_id, learner_id, at, text) VALUES (?, ?, ?, ?)",
        arguments: [sessionID, learnerID, date.timeIntervalSince1970, text])
      return SessionNote(
        id: db.lastInsertedRowID, sessionID: sessionID, learnerID: learnerID, at: date, text: text)
    }
  }

  /// Who `learnerID` was to the patient in the latest session that says, if any.
  package func relationship(ofLearner learnerID: Int64) throws -> CaregiverRelationship? {
    try read { db in
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT taught.relationship FROM teaching_session_learner AS taught
          JOIN teaching_session AS session ON session.id = taught.session_id
          WHERE taught.learner_id = ? AND taught.relationship IS NOT NULL
          ORDER BY session.started_at DESC, session.id DESC LIMIT 1
          """, arguments: [learnerID])
      return try row.map { try Self.relationship(StoredRow($0, table: "teaching_session_learner")) }
        ?? nil
    }
  }

  /// Every note for `learnerID`'s record, oldest first: those about them, and those about the
  /// whole of a session they were taught in.
  package func notes(learnerID: Int64) throws -> [SessionNote] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM session_note
          WHERE learner_id = ? OR (learner_id IS NULL AND session_id IN (
            SELECT session_id FROM teaching_session_learner WHERE learner_id = ?))
          ORDER BY at, id
          """, arguments: [learnerID, learnerID]
      ).map(Self.note)
    }
  }

  /// A session's notes, oldest first.
  package func notes(sessionID: Int64) throws -> [SessionNote] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM session_note WHERE session_id = ? ORDER BY at, id",
        arguments: [sessionID]
      ).map(Self.note)
    }
  }

  // MARK: - Reading rows

  /// `date` as it reads back from the file (Unix seconds in a REAL), so that what a call
  /// returns equals what later reads return.
  private static func asStored(_ date: Date) -> Date {
    Date(timeIntervalSince1970: date.timeIntervalSince1970)
  }

  private static func note(_ row: Row) throws -> SessionNote {
    let stored = StoredRow(row, table: "session_note")
    return SessionNote(
      id: try stored.integer("id"), sessionID: try stored.integer("session_id"),
      learnerID: try stored.optionalInteger("learner_id"), at: try stored.time("at"),
      text: try stored.text("text"))
  }

  private static func relationship(_ stored: StoredRow) throws -> CaregiverRelationship? {
    guard let text = try stored.optionalText("relationship") else { return nil }
    guard let relationship = CaregiverRelationship(rawValue: text) else {
      throw stored.problem("relationship")
    }
    return relationship
  }

  private static func openSession(_ db: Database) throws -> TeachingSession? {
    try Row.fetchOne(
      db,
      sql: """
        SELECT * FROM teaching_session WHERE ended_at IS NULL
        ORDER BY started_at DESC, id DESC LIMIT 1
        """
    ).map { try session(db, row: $0) }
  }

  private static func session(_ db: Database, id: Int64) throws -> TeachingSession? {
    try Row.fetchOne(db, sql: "SELECT * FROM teaching_session WHERE id = ?", arguments: [id])
      .map { try session(db, row: $0) }
  }

  private static func session(_ db: Database, row: Row) throws -> TeachingSession {
    let stored = StoredRow(row, table: "teaching_session")
    let id = try stored.integer("id")
    var learnerIDs: [Int64] = []
    var relationships: [Int64: CaregiverRelationship] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT learner_id, relationship FROM teaching_session_learner WHERE session_id = ?
        ORDER BY position
        """,
      arguments: [id])
    {
      let taught = StoredRow(row, table: "teaching_session_learner")
      let learnerID = try taught.integer("learner_id")
      learnerIDs.append(learnerID)
      relationships[learnerID] = try relationship(taught)
    }
    let planned = try stored.text("planned_topics")
    guard let topics = try? JSONDecoder().decode([String].self, from: Data(planned.utf8)) else {
      throw stored.problem("planned_topics")
    }
    return TeachingSession(
      id: id, educatorName: try stored.text("educator_name"), learnerIDs: learnerIDs,
      bundleID: try stored.text("bundle_id"), bundleVersion: try stored.text("bundle_version"),
      pathID: try stored.optionalText("path_id"), plannedTopicIDs: topics,
      startedAt: try stored.time("started_at"), endedAt: try stored.optionalTime("ended_at"),
      relationships: relationships, language: try language(stored))
  }
}
