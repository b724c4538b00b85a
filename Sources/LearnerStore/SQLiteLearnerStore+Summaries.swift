import Curriculum
import Foundation
import GRDB
import Learning

/// Summaries, all derived from the events (and the memory-state cache built from them).
extension SQLiteLearnerStore {
  package func sectionsRead(learnerID: Int64, bundleID: String) throws -> Set<SectionKey> {
    try read { db in try sectionsRead(db, learnerID: learnerID, bundleID: bundleID) }
  }

  /// The section the learner read last in the bundle (where they stopped reading), or nil when
  /// they have read none.
  package func lastSectionRead(learnerID: Int64, bundleID: String) throws -> SectionKey? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: StartupQueries.lastSectionRead, arguments: [learnerID, bundleID])
      else { return nil }
      let stored = StoredRow(row, table: "event")
      guard let topicID = try stored.optionalText("topic_id"),
        let sectionID = try stored.optionalText("section_id")
      else { return nil }
      return SectionKey(topicID: topicID, sectionID: sectionID)
    }
  }

  package func memoryStates(learnerID: Int64, bundleID: String) throws
    -> [String: MemoryState]
  {
    try read { db in
      try MemoryStateTable.states(db, learnerID: learnerID, bundleID: bundleID)
    }
  }

  package func readingAndMemory(learnerID: Int64, bundleID: String) throws
    -> (sections: Set<SectionKey>, states: [String: MemoryState])
  {
    try read { db in
      (
        try sectionsRead(db, learnerID: learnerID, bundleID: bundleID),
        try MemoryStateTable.states(db, learnerID: learnerID, bundleID: bundleID)
      )
    }
  }

  /// Answers and right answers per question, in question-id order.
  package func answerTallies(learnerID: Int64, bundleID: String) throws -> [AnswerTally] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT question_id, topic_id, COUNT(*) AS answers, SUM(correct) AS correct FROM event
          WHERE learner_id = ? AND kind = ? AND bundle_id = ?
          GROUP BY question_id ORDER BY question_id
          """,
        arguments: [learnerID, EventKind.answerGiven.rawValue, bundleID]
      ).map { row in
        let stored = StoredRow(row, table: "event")
        return AnswerTally(
          questionID: try stored.optionalText("question_id") ?? "",
          topicID: try stored.optionalText("topic_id") ?? "", answers: try stored.count("answers"),
          correct: try stored.optionalCount("correct") ?? 0)
      }
    }
  }

  /// The learner's most recent events, newest first. Events of a kind this version does not
  /// write (an old file's "session started") are left out before `limit` is counted.
  package func history(learnerID: Int64, limit: Int) throws -> [LearnerEvent] {
    let kinds = EventKind.allCases.map(\.rawValue)
    let placeholders = kinds.map { _ in "?" }.joined(separator: ", ")
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM event WHERE learner_id = ? AND kind IN (\(placeholders))
          ORDER BY id DESC LIMIT ?
          """,
        arguments: StatementArguments([learnerID] + kinds + [max(0, limit)])
      ).compactMap { try Self.event($0) }
    }
  }

  private func sectionsRead(_ db: Database, learnerID: Int64, bundleID: String) throws
    -> Set<SectionKey>
  {
    let rows = try Row.fetchCursor(
      db,
      sql: StartupQueries.sectionsRead,
      arguments: [learnerID, EventKind.sectionRead.rawValue, bundleID])
    var sections: Set<SectionKey> = []
    while let row = try rows.next() {
      let stored = StoredRow(row, table: "event")
      sections.insert(
        SectionKey(
          topicID: try stored.optionalText("topic_id") ?? "",
          sectionID: try stored.optionalText("section_id") ?? ""))
    }
    return sections
  }

  /// A row's `language`: NULL is English (see `addLanguageToLearnerEventAndTeachingSession`).
  static func language(_ stored: StoredRow) throws -> Language {
    guard let code = try stored.optionalText("language") else { return .english }
    guard let language = Language(rawValue: code) else { throw stored.problem("language") }
    return language
  }

  /// An event as the history lists it; nil for a kind this version does not know.
  private static func event(_ row: Row) throws -> LearnerEvent? {
    let stored = StoredRow(row, table: "event")
    guard let kind = EventKind(rawValue: try stored.text("kind")) else { return nil }
    return LearnerEvent(
      id: try stored.integer("id"), learnerID: try stored.integer("learner_id"), kind: kind,
      at: try stored.time("at"), bundleID: try stored.text("bundle_id"),
      bundleVersion: try stored.text("bundle_version"),
      teachingSessionID: try stored.optionalInteger("teaching_session_id"),
      topicID: try stored.optionalText("topic_id"),
      sectionID: try stored.optionalText("section_id"),
      questionID: try stored.optionalText("question_id"),
      response: try stored.optionalText("response"), isCorrect: try stored.optionalFlag("correct"),
      rating: try stored.optionalInteger("grade").flatMap { ReviewRating(rawValue: Int($0)) },
      secondsTaken: try stored.optionalReal("seconds", in: 0...StoredRow.timeRange.upperBound),
      tryNumber: try stored.optionalCount("try_number"),
      usedHint: try stored.optionalFlag("used_hint"),
      didNotKnow: try stored.optionalFlag("did_not_know"),
      language: try Self.language(stored))
  }
}
