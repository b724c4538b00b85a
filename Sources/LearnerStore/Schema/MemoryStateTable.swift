import Foundation
import GRDB
import Learning

/// Reads and writes the derived `memory_state` table.
enum MemoryStateTable {
  /// Replays every answer event (of one learner, or all) into fresh memory states.
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
        WHERE kind = ?\(filter) ORDER BY learner_id, bundle_id, question_id, id
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
      let rowKey: (Int64, String, String) = (row[0], row[1], row[2])
      if key == nil || key! != rowKey {
        try flush()
        key = rowKey
        state = nil
      }
      topicID = row[3] ?? ""
      guard let grade: Int = row[4], let rating = ReviewRating(rawValue: grade) else { continue }
      state = model.review(state, rating: rating, at: Date(timeIntervalSince1970: row[5]))
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
    ).map(memoryState)
  }

  static func states(_ db: Database, learnerID: Int64, bundleID: String) throws
    -> [String: MemoryState]
  {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT stability, difficulty, last_review, review_count, lapse_count, last_rating,
          question_id
        FROM memory_state WHERE learner_id = ? AND bundle_id = ?
        """,
      arguments: [learnerID, bundleID])
    var states: [String: MemoryState] = [:]
    while let row = try rows.next() { states[row[6]] = memoryState(row) }
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

  private static func memoryState(_ row: Row) -> MemoryState {
    MemoryState(
      stability: row[0], difficulty: row[1], lastReview: Date(timeIntervalSince1970: row[2]),
      reviewCount: row[3], lapseCount: row[4],
      lastRating: (row[5] as Int?).flatMap(ReviewRating.init(rawValue:)))
  }
}
