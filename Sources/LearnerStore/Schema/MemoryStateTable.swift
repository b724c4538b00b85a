import Foundation
import GRDB
import Learning

/// Reads and writes the derived `memory_state` table.
enum MemoryStateTable {
  /// Replays every answer event (of one learner, or all) into fresh memory states. Events of a
  /// learner who is not there (only a hand-edited file has them) are left out.
  static func rebuild(_ db: Database, model: FSRS, learnerID: Int64? = nil) throws {
    let filter = learnerID == nil ? "" : " AND learner_id = ?"
    let arguments: StatementArguments = learnerID.map { [$0] } ?? []
    try db.execute(
      sql: "DELETE FROM memory_state WHERE 1" + filter,
      arguments: arguments)
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT learner_id, bundle_id, question_id, topic_id, grade, at FROM event
        WHERE kind = ?\(filter) AND learner_id IN (SELECT id FROM learner)
        ORDER BY learner_id, bundle_id, question_id, id
        """,
      arguments: [EventKind.answerGiven.rawValue] + arguments)
    var key: (Int64, String, String)?
    var topicID = ""
    var state: MemoryState?
    func flush() throws {
      if let key, let state {
        try upsert(
          db, learnerID: key.0, bundleID: key.1, questionID: key.2, topicID: topicID, state)
      }
    }
    while let row = try rows.next() {
      let stored = StoredRow(row, table: "event")
      let rowKey = (
        try stored.integer("learner_id"), try stored.text("bundle_id"),
        try stored.optionalText("question_id") ?? ""
      )
      if key == nil || key! != rowKey {
        try flush()
        key = rowKey
        state = nil
      }
      topicID = try stored.optionalText("topic_id") ?? ""
      guard let grade = try stored.optionalInteger("grade"),
        let rating = ReviewRating(rawValue: Int(grade))
      else { continue }
      state = model.review(state, rating: rating, at: try stored.time("at"))
    }
    try flush()
  }

  static func state(_ db: Database, learnerID: Int64, bundleID: String, questionID: String) throws
    -> MemoryState?
  {
    try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT stability, difficulty, last_review, review_count, lapse_count, last_rating
          FROM memory_state
          WHERE learner_id = ? AND bundle_id = ? AND question_id = ?
          """),
      arguments: [learnerID, bundleID, questionID]
    ).map { try memoryState($0) }
  }

  static func states(_ db: Database, learnerID: Int64, bundleID: String) throws
    -> [String: MemoryState]
  {
    let rows = try Row.fetchCursor(
      db,
      sql: StartupQueries.memoryStates,
      arguments: [learnerID, bundleID])
    var states: [String: MemoryState] = [:]
    while let row = try rows.next() {
      states[try StoredRow(row, table: "memory_state").text("question_id")] = try memoryState(row)
    }
    return states
  }

  static func upsert(
    _ db: Database, learnerID: Int64, bundleID: String, questionID: String, topicID: String,
    _ state: MemoryState
  ) throws {
    try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO memory_state (learner_id, bundle_id, question_id, topic_id,
          stability, difficulty, last_review, review_count, lapse_count, last_rating)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      learnerID, bundleID, questionID, topicID, state.stability, state.difficulty,
      state.lastReview.timeIntervalSince1970, state.reviewCount, state.lapseCount,
      state.lastRating?.rawValue,
    ])
  }

  /// A memory state as FSRS keeps it: stability and difficulty within the model's bounds, so
  /// that no computation on a tampered value can reach a non-finite number.
  private static func memoryState(_ row: Row) throws -> MemoryState {
    let stored = StoredRow(row, table: "memory_state")
    return MemoryState(
      stability: try stored.real(
        "stability", in: FSRS.minimumStability...(FSRS.maximumInterval * 10)),
      difficulty: try stored.real("difficulty", in: 1...10),
      lastReview: try stored.time("last_review"), reviewCount: try stored.count("review_count"),
      lapseCount: try stored.count("lapse_count"),
      lastRating: try stored.optionalInteger("last_rating").flatMap {
        ReviewRating(rawValue: Int($0))
      })
  }
}
