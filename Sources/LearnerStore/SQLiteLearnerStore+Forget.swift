import GRDB

/// Erasure on the learner's request: the one exception to "events are never rewritten".
extension SQLiteLearnerStore {
  /// Deletes every event of the learner about `topicID` (in every bundle) and the memory states
  /// of its questions. Returns how many events were deleted. Teaching-session notes are not
  /// about a topic and stay; `forgetAll` removes them.
  @discardableResult
  package func forget(learnerID: Int64, topicID: String) throws -> Int {
    try write { db in
      try db.execute(
        sql: "DELETE FROM event WHERE learner_id = ? AND topic_id = ?",
        arguments: [learnerID, topicID])
      let deleted = db.changesCount
      try db.execute(
        sql: "DELETE FROM memory_state WHERE learner_id = ? AND topic_id = ?",
        arguments: [learnerID, topicID])
      return deleted
    }
  }

  /// Deletes every event, memory state, teaching-session note and return demonstration about the
  /// learner; the learner stays, with no history (and their identity for the chart). Notes about a whole session stay, and so does the record that the
  /// learner was in a session (its learner list). Returns how many events were deleted.
  @discardableResult
  package func forgetAll(learnerID: Int64) throws -> Int {
    try write { db in
      try db.execute(sql: "DELETE FROM event WHERE learner_id = ?", arguments: [learnerID])
      let deleted = db.changesCount
      try db.execute(sql: "DELETE FROM memory_state WHERE learner_id = ?", arguments: [learnerID])
      try db.execute(sql: "DELETE FROM session_note WHERE learner_id = ?", arguments: [learnerID])
      try db.execute(sql: "DELETE FROM demonstration WHERE learner_id = ?", arguments: [learnerID])
      return deleted
    }
  }

  /// Recomputes every memory state from the answer events (they are a cache of them).
  package func rebuildMemoryStates() throws {
    try write { db in try MemoryStateTable.rebuild(db, model: model) }
  }
}
