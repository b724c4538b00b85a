import Foundation
import LearnerStore
import Learning
import PostgresNIO

/// Summaries, derived from the events and the memory-state cache, as the SQLite store gives them.
extension PostgresLearnerStore {
  package func attempts(matching query: AttemptQuery) throws -> [Attempt] {
    let logger = self.logger
    let from = query.from?.timeIntervalSince1970
    let to = query.to?.timeIntervalSince1970
    let kind = EventKind.answerGiven.rawValue
    return try read { db in
      try await db.rows(
        """
        SELECT * FROM event
        WHERE learner_id = \(query.learnerID) AND kind = \(kind) AND bundle_id = \(query.bundleID)
          AND (\(from)::double precision IS NULL OR at >= \(from))
          AND (\(to)::double precision IS NULL OR at <= \(to))
          AND (\(query.sessionID)::bigint IS NULL OR teaching_session_id = \(query.sessionID))
        ORDER BY at, id
        """, table: "event", logger: logger
      ).compactMap { try StoredModels.attempt($0, redFlags: query.redFlagQuestionIDs) }
    }
  }

  package func sectionsRead(learnerID: Int64, bundleID: String) throws -> Set<SectionKey> {
    let logger = self.logger
    return try read { db in
      try await Self.sectionsRead(db, learnerID: learnerID, bundleID: bundleID, logger: logger)
    }
  }

  package func lastSectionRead(learnerID: Int64, bundleID: String) throws -> SectionKey? {
    let logger = self.logger
    return try read { db in
      guard
        let row = try await db.rows(
          """
          SELECT topic_id, section_id FROM event
          WHERE learner_id = \(learnerID) AND bundle_id = \(bundleID) AND kind = 'section-read'
          ORDER BY at DESC, id DESC LIMIT 1
          """, table: "event", logger: logger
        ).first,
        let topicID = try row.optionalText("topic_id"),
        let sectionID = try row.optionalText("section_id")
      else { return nil }
      return SectionKey(topicID: topicID, sectionID: sectionID)
    }
  }

  package func memoryStates(learnerID: Int64, bundleID: String) throws -> [String: MemoryState] {
    let logger = self.logger
    return try read { db in
      try await Self.memoryStates(db, learnerID: learnerID, bundleID: bundleID, logger: logger)
    }
  }

  package func readingAndMemory(learnerID: Int64, bundleID: String) throws
    -> (sections: Set<SectionKey>, states: [String: MemoryState])
  {
    let logger = self.logger
    return try read { db in
      (
        try await Self.sectionsRead(db, learnerID: learnerID, bundleID: bundleID, logger: logger),
        try await Self.memoryStates(db, learnerID: learnerID, bundleID: bundleID, logger: logger)
      )
    }
  }

  package func answerTallies(learnerID: Int64, bundleID: String) throws -> [AnswerTally] {
    let logger = self.logger
    let kind = EventKind.answerGiven.rawValue
    return try read { db in
      try await db.rows(
        """
        SELECT question_id, MIN(topic_id) AS topic_id, COUNT(*) AS answers,
          COUNT(*) FILTER (WHERE correct) AS right_answers
        FROM event WHERE learner_id = \(learnerID) AND kind = \(kind) AND bundle_id = \(bundleID)
        GROUP BY question_id ORDER BY question_id
        """, table: "event", logger: logger
      ).map { row in
        AnswerTally(
          questionID: try row.optionalText("question_id") ?? "",
          topicID: try row.optionalText("topic_id") ?? "",
          answers: Int(try row.integer("answers")), correct: Int(try row.integer("right_answers")))
      }
    }
  }

  package func history(learnerID: Int64, limit: Int) throws -> [LearnerEvent] {
    let logger = self.logger
    let kinds = EventKind.allCases.map(\.rawValue)
    let limit = Int64(max(0, limit))
    return try read { db in
      try await db.rows(
        """
        SELECT * FROM event WHERE learner_id = \(learnerID) AND kind = ANY(\(kinds))
        ORDER BY id DESC LIMIT \(limit)
        """, table: "event", logger: logger
      ).compactMap(StoredModels.event)
    }
  }

  // MARK: - Rows

  static func sectionsRead(
    _ db: PostgresConnection, learnerID: Int64, bundleID: String, logger: Logger
  ) async throws -> Set<SectionKey> {
    let kind = EventKind.sectionRead.rawValue
    var sections: Set<SectionKey> = []
    for row in try await db.rows(
      """
      SELECT DISTINCT topic_id, section_id FROM event
      WHERE learner_id = \(learnerID) AND kind = \(kind) AND bundle_id = \(bundleID)
      """, table: "event", logger: logger)
    {
      sections.insert(
        SectionKey(
          topicID: try row.optionalText("topic_id") ?? "",
          sectionID: try row.optionalText("section_id") ?? ""))
    }
    return sections
  }

  static func memoryStates(
    _ db: PostgresConnection, learnerID: Int64, bundleID: String, logger: Logger
  ) async throws -> [String: MemoryState] {
    var states: [String: MemoryState] = [:]
    for row in try await db.rows(
      "SELECT * FROM memory_state WHERE learner_id = \(learnerID) AND bundle_id = \(bundleID)",
      table: "memory_state", logger: logger)
    {
      states[try row.text("question_id")] = try StoredModels.memoryState(row)
    }
    return states
  }

  static func memoryState(
    _ db: PostgresConnection, learnerID: Int64, bundleID: String, questionID: String,
    logger: Logger
  ) async throws -> MemoryState? {
    try await db.rows(
      """
      SELECT * FROM memory_state
      WHERE learner_id = \(learnerID) AND bundle_id = \(bundleID) AND question_id = \(questionID)
      """, table: "memory_state", logger: logger
    ).first.map(StoredModels.memoryState)
  }

  static func upsert(
    _ db: PostgresConnection, learnerID: Int64, bundleID: String, questionID: String,
    topicID: String, _ state: MemoryState, logger: Logger
  ) async throws {
    let lastReview = state.lastReview.timeIntervalSince1970
    let reviews = Int64(state.reviewCount)
    let lapses = Int64(state.lapseCount)
    let lastRating = state.lastRating.map { Int64($0.rawValue) }
    try await db.query(
      """
      INSERT INTO memory_state (learner_id, bundle_id, question_id, topic_id, stability,
        difficulty, last_review, review_count, lapse_count, last_rating)
      VALUES (\(learnerID), \(bundleID), \(questionID), \(topicID), \(state.stability),
        \(state.difficulty), \(lastReview), \(reviews), \(lapses), \(lastRating))
      ON CONFLICT (learner_id, bundle_id, question_id) DO UPDATE SET
        topic_id = excluded.topic_id, stability = excluded.stability,
        difficulty = excluded.difficulty, last_review = excluded.last_review,
        review_count = excluded.review_count, lapse_count = excluded.lapse_count,
        last_rating = excluded.last_rating
      """, logger: logger)
  }
}
