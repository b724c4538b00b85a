import GRDB

/// The queries a shell runs before its first prompt (the learner to resume and the
/// welcome-back summary), kept in one place so that `LearnerStore.startupQueryPlans` explains
/// exactly what runs. Each must be answered from an index, however many learners and events
/// the store holds.
enum StartupQueries {
  static let lastUsedLearner = "SELECT * FROM learner ORDER BY last_used_at DESC, id DESC LIMIT 1"

  static let markUsed = "UPDATE learner SET last_used_at = ? WHERE id = ?"

  /// Arguments: learner id, bundle id. The kind is written out so that SQLite can use the
  /// partial index `event_section_read_by_time`, whose condition it must see in the query.
  static let lastSectionRead = """
    SELECT topic_id, section_id FROM event
    WHERE learner_id = ? AND bundle_id = ? AND kind = 'section-read'
    ORDER BY at DESC, id DESC LIMIT 1
    """

  /// Arguments: learner id, `section-read`, bundle id.
  static let sectionsRead = """
    SELECT DISTINCT topic_id, section_id FROM event
    WHERE learner_id = ? AND kind = ? AND bundle_id = ?
    """

  /// Arguments: learner id, bundle id.
  static let memoryStates = """
    SELECT stability, difficulty, last_review, review_count, lapse_count, last_rating,
      question_id
    FROM memory_state WHERE learner_id = ? AND bundle_id = ?
    """
}

extension SQLiteLearnerStore {
  /// SQLite's plan (`EXPLAIN QUERY PLAN`) for each start-up query, as `name: step; step`, for
  /// `teachback-bench startup` to show that none scans a table or sorts a learner's events.
  package func startupQueryPlans(learnerID: Int64, bundleID: String) throws -> [String] {
    let sectionRead = EventKind.sectionRead.rawValue
    let queries: [(String, String, StatementArguments)] = [
      ("last used learner", StartupQueries.lastUsedLearner, []),
      ("mark used", StartupQueries.markUsed, [0, learnerID]),
      ("last section read", StartupQueries.lastSectionRead, [learnerID, bundleID]),
      ("sections read", StartupQueries.sectionsRead, [learnerID, sectionRead, bundleID]),
      ("memory states", StartupQueries.memoryStates, [learnerID, bundleID]),
    ]
    return try read { db in
      try queries.map { name, sql, arguments in
        let steps = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
          .map { $0["detail"] as String? ?? "?" }
        return "\(name): " + steps.joined(separator: "; ")
      }
    }
  }
}
