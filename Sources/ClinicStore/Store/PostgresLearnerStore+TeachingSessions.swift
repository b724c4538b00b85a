import Curriculum
import Foundation
import LearnerStore
import Learning
import PostgresNIO

/// Teaching sessions and their notes. A session belongs to the database login that started it
/// (`educator_login`): each login may have one open session, and finds it again from any
/// computer; any login may end one, so a session started at one desk can be ended at another.
extension PostgresLearnerStore {
  package func startTeachingSession(
    educatorName: String, learnerIDs: [Int64], bundleID: String, bundleVersion: String,
    pathID: String?, plannedTopicIDs: [String], relationships: [Int64: CaregiverRelationship],
    language: Language, at date: Date
  ) throws -> TeachingSession {
    let logger = self.logger
    let languageCode = language == .english ? nil : language.rawValue
    let date = StoreRules.asStored(date)
    let educatorName = try StoreRules.educatorName(educatorName)
    let learnerIDs = try StoreRules.sessionLearners(learnerIDs)
    let planned = String(decoding: try JSONEncoder().encode(plannedTopicIDs), as: UTF8.self)
    let startedAt = date.timeIntervalSince1970
    return try transaction { db in
      if let open = try await Self.openSession(db, logger: logger) {
        throw LearnerStoreError.sessionAlreadyOpen(
          id: open.id, educatorName: open.educatorName, startedAt: open.startedAt)
      }
      for learnerID in learnerIDs {
        try await Self.requireLearner(db, learnerID, logger: logger)
      }
      guard
        let id = try await db.rows(
          """
          INSERT INTO teaching_session (educator_name, bundle_id, bundle_version, path_id,
            planned_topics, started_at, language)
          VALUES (\(educatorName), \(bundleID), \(bundleVersion), \(pathID), \(planned),
            \(startedAt), \(languageCode))
          RETURNING id
          """, table: "teaching_session", logger: logger
        ).first?.integer("id")
      else { throw LearnerStoreError.database("a new teaching session has no number") }
      for (position, learnerID) in learnerIDs.enumerated() {
        let position = Int64(position)
        let relationship = relationships[learnerID]?.rawValue
        try await db.query(
          """
          INSERT INTO teaching_session_learner (session_id, learner_id, position, relationship)
          VALUES (\(id), \(learnerID), \(position), \(relationship))
          """, logger: logger)
      }
      return TeachingSession(
        id: id, educatorName: educatorName, learnerIDs: learnerIDs, bundleID: bundleID,
        bundleVersion: bundleVersion, pathID: pathID, plannedTopicIDs: plannedTopicIDs,
        startedAt: date, endedAt: nil,
        relationships: relationships.filter { learnerIDs.contains($0.key) }, language: language)
    }
  }

  package func endTeachingSession(_ id: Int64, at date: Date) throws -> TeachingSession {
    let logger = self.logger
    let date = StoreRules.asStored(date)
    let endedAt = date.timeIntervalSince1970
    return try transaction { db in
      guard var session = try await Self.session(db, id: id, logger: logger) else {
        throw LearnerStoreError.unknownTeachingSession(id)
      }
      if let endedAt = session.endedAt {
        throw LearnerStoreError.teachingSessionAlreadyEnded(id: id, endedAt: endedAt)
      }
      try await db.query(
        "UPDATE teaching_session SET ended_at = \(endedAt) WHERE id = \(id)", logger: logger)
      session.endedAt = date
      return session
    }
  }

  package func teachingSession(id: Int64) throws -> TeachingSession? {
    let logger = self.logger
    return try read { db in try await Self.session(db, id: id, logger: logger) }
  }

  /// This login's most recent session that was started and never ended, if any.
  package func openTeachingSession() throws -> TeachingSession? {
    let logger = self.logger
    return try read { db in try await Self.openSession(db, logger: logger) }
  }

  package func teachingSessions(limit: Int) throws -> [TeachingSession] {
    let logger = self.logger
    let limit = Int64(max(0, limit))
    return try read { db in
      var sessions: [TeachingSession] = []
      for row in try await db.rows(
        "SELECT * FROM teaching_session ORDER BY started_at DESC, id DESC LIMIT \(limit)",
        table: "teaching_session", logger: logger)
      {
        sessions.append(try await Self.session(db, row: row, logger: logger))
      }
      return sessions
    }
  }

  @discardableResult
  package func addNote(_ text: String, sessionID: Int64, learnerID: Int64?, at date: Date) throws
    -> SessionNote
  {
    let logger = self.logger
    let text = SessionNote.sanitized(text)
    let date = StoreRules.asStored(date)
    let at = date.timeIntervalSince1970
    guard !text.isEmpty else { throw LearnerStoreError.emptyNote }
    return try transaction { db in
      try await Self.requireTeachingSession(db, sessionID, logger: logger)
      if let learnerID {
        try await Self.requireLearner(db, learnerID, logger: logger)
        guard
          try await db.exists(
            """
            SELECT 1 FROM teaching_session_learner
            WHERE session_id = \(sessionID) AND learner_id = \(learnerID)
            """, logger: logger)
        else {
          throw LearnerStoreError.learnerNotInSession(learnerID: learnerID, sessionID: sessionID)
        }
      }
      guard
        let id = try await db.rows(
          """
          INSERT INTO session_note (session_id, learner_id, at, text)
          VALUES (\(sessionID), \(learnerID), \(at), \(text)) RETURNING id
          """, table: "session_note", logger: logger
        ).first?.integer("id")
      else { throw LearnerStoreError.database("a new note has no number") }
      return SessionNote(id: id, sessionID: sessionID, learnerID: learnerID, at: date, text: text)
    }
  }

  package func relationship(ofLearner learnerID: Int64) throws -> CaregiverRelationship? {
    let logger = self.logger
    return try read { db in
      guard
        let text = try await db.rows(
          """
          SELECT taught.relationship FROM teaching_session_learner AS taught
          JOIN teaching_session AS session ON session.id = taught.session_id
          WHERE taught.learner_id = \(learnerID) AND taught.relationship IS NOT NULL
          ORDER BY session.started_at DESC, session.id DESC LIMIT 1
          """, table: "teaching_session_learner", logger: logger
        ).first?.optionalText("relationship")
      else { return nil }
      return try Self.relationship(text)
    }
  }

  package func notes(learnerID: Int64) throws -> [SessionNote] {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        """
        SELECT * FROM session_note
        WHERE learner_id = \(learnerID) OR (learner_id IS NULL AND session_id IN (
          SELECT session_id FROM teaching_session_learner WHERE learner_id = \(learnerID)))
        ORDER BY at, id
        """, table: "session_note", logger: logger
      ).map(StoredModels.note)
    }
  }

  package func notes(sessionID: Int64) throws -> [SessionNote] {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        "SELECT * FROM session_note WHERE session_id = \(sessionID) ORDER BY at, id",
        table: "session_note", logger: logger
      ).map(StoredModels.note)
    }
  }

  // MARK: - Rows

  static func relationship(_ text: String) throws -> CaregiverRelationship {
    guard let relationship = CaregiverRelationship(rawValue: text) else {
      throw LearnerStoreError.database(
        "a value of the wrong kind in teaching_session_learner.relationship")
    }
    return relationship
  }

  static func openSession(_ db: PostgresConnection, logger: Logger) async throws
    -> TeachingSession?
  {
    guard
      let row = try await db.rows(
        """
        SELECT * FROM teaching_session WHERE ended_at IS NULL AND educator_login = current_user
        ORDER BY started_at DESC, id DESC LIMIT 1
        """, table: "teaching_session", logger: logger
      ).first
    else { return nil }
    return try await session(db, row: row, logger: logger)
  }

  static func session(_ db: PostgresConnection, id: Int64, logger: Logger) async throws
    -> TeachingSession?
  {
    guard
      let row = try await db.rows(
        "SELECT * FROM teaching_session WHERE id = \(id)", table: "teaching_session",
        logger: logger
      ).first
    else { return nil }
    return try await session(db, row: row, logger: logger)
  }

  static func session(_ db: PostgresConnection, row: StoredCells, logger: Logger) async throws
    -> TeachingSession
  {
    let id = try row.integer("id")
    var learnerIDs: [Int64] = []
    var relationships: [Int64: CaregiverRelationship] = [:]
    for taught in try await db.rows(
      """
      SELECT learner_id, relationship FROM teaching_session_learner WHERE session_id = \(id)
      ORDER BY position
      """, table: "teaching_session_learner", logger: logger)
    {
      let learnerID = try taught.integer("learner_id")
      learnerIDs.append(learnerID)
      relationships[learnerID] = try taught.optionalText("relationship").map(relationship)
    }
    let planned = try row.text("planned_topics")
    guard let topics = try? JSONDecoder().decode([String].self, from: Data(planned.utf8)) else {
      throw LearnerStoreError.database(
        "a value of the wrong kind in teaching_session.planned_topics")
    }
    return TeachingSession(
      id: id, educatorName: try row.text("educator_name"), learnerIDs: learnerIDs,
      bundleID: try row.text("bundle_id"), bundleVersion: try row.text("bundle_version"),
      pathID: try row.optionalText("path_id"), plannedTopicIDs: topics,
      startedAt: try row.time("started_at"), endedAt: try row.optionalTime("ended_at"),
      relationships: relationships, language: try StoredModels.language(row))
  }
}
