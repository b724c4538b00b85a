import LearnerStore
import Learning
import PostgresNIO

/// Erasure on the learner's request, as the SQLite store does it.
extension PostgresLearnerStore {
  @discardableResult
  package func forget(learnerID: Int64, topicID: String) throws -> Int {
    let logger = self.logger
    return try transaction { db in
      let deleted = try await db.count(
        "DELETE FROM event WHERE learner_id = \(learnerID) AND topic_id = \(topicID) RETURNING id",
        logger: logger)
      try await db.query(
        "DELETE FROM memory_state WHERE learner_id = \(learnerID) AND topic_id = \(topicID)",
        logger: logger)
      return deleted
    }
  }

  @discardableResult
  package func forgetAll(learnerID: Int64) throws -> Int {
    let logger = self.logger
    return try transaction { db in
      let deleted = try await db.count(
        "DELETE FROM event WHERE learner_id = \(learnerID) RETURNING id", logger: logger)
      try await db.query("DELETE FROM memory_state WHERE learner_id = \(learnerID)", logger: logger)
      try await db.query("DELETE FROM session_note WHERE learner_id = \(learnerID)", logger: logger)
      try await db.query(
        "DELETE FROM demonstration WHERE learner_id = \(learnerID)", logger: logger)
      return deleted
    }
  }

  /// Replays every answer event into fresh memory states (they are a cache of them).
  package func rebuildMemoryStates() throws {
    let logger = self.logger
    let model = self.model
    let kind = EventKind.answerGiven.rawValue
    try transaction(idempotent: true, patience: 600) { db in
      try await db.query("LOCK TABLE memory_state IN EXCLUSIVE MODE", logger: logger)
      try await db.query("DELETE FROM memory_state", logger: logger)
      let rows = try await db.rows(
        """
        SELECT learner_id, bundle_id, question_id, topic_id, grade, at FROM event
        WHERE kind = \(kind) ORDER BY learner_id, bundle_id, question_id, id
        """, table: "event", logger: logger)
      var key: (Int64, String, String)?
      var topicID = ""
      var state: MemoryState?
      func flush() async throws {
        if let key, let state {
          try await Self.upsert(
            db, learnerID: key.0, bundleID: key.1, questionID: key.2, topicID: topicID, state,
            logger: logger)
        }
      }
      for row in rows {
        let rowKey = (
          try row.integer("learner_id"), try row.text("bundle_id"),
          try row.optionalText("question_id") ?? ""
        )
        if key == nil || key! != rowKey {
          try await flush()
          key = rowKey
          state = nil
        }
        topicID = try row.optionalText("topic_id") ?? ""
        guard let grade = try row.optionalInteger("grade"),
          let rating = ReviewRating(rawValue: Int(grade))
        else { continue }
        state = model.review(state, rating: rating, at: try row.time("at"))
      }
      try await flush()
    }
  }
}
