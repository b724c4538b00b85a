import Curriculum
import Foundation
import GRDB
import Learning

/// Summaries, all derived from the events (and the memory-state cache built from them).
extension LearnerStore {
  public func sectionsRead(learnerID: Int64, bundleID: String) throws -> Set<SectionKey> {
    try read { db in try sectionsRead(db, learnerID: learnerID, bundleID: bundleID) }
  }

  /// The learner's memory of every question of the bundle they have answered.
  public func memory(
    learnerID: Int64, bundleID: String, policy: ReviewPolicy = ReviewPolicy()
  ) throws -> LearnerMemory {
    let states = try read { db in
      try MemoryStateTable.states(db, learnerID: learnerID, bundleID: bundleID)
    }
    return LearnerMemory(states: states, policy: policy)
  }

  /// Sections read and mastery per topic, for the topics of `topicIDs` (all when `nil`).
  public func progress(
    learnerID: Int64, bundle: ContentBundle, topicIDs: [String]? = nil, at date: Date = Date(),
    policy: ReviewPolicy = ReviewPolicy()
  ) throws -> ProgressReport {
    let (sections, states) = try read { db in
      (
        try sectionsRead(db, learnerID: learnerID, bundleID: bundle.manifest.id),
        try MemoryStateTable.states(db, learnerID: learnerID, bundleID: bundle.manifest.id)
      )
    }
    return ProgressReport(
      bundle: bundle, topicIDs: topicIDs, sectionsRead: sections,
      memory: LearnerMemory(states: states, policy: policy), at: date)
  }

  /// What the learner should do next, from their path, reading and memory.
  public func recommendation(
    for learner: Learner, bundle: ContentBundle, at date: Date = Date(),
    policy: ReviewPolicy = ReviewPolicy()
  ) throws -> Recommendation {
    Recommendation(
      bundle: bundle, pathID: learner.pathID,
      sectionsRead: try sectionsRead(learnerID: learner.id, bundleID: bundle.manifest.id),
      memory: try memory(learnerID: learner.id, bundleID: bundle.manifest.id, policy: policy),
      now: date)
  }

  /// Answers and right answers per question, in question-id order.
  public func answerTallies(learnerID: Int64, bundleID: String) throws -> [AnswerTally] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT question_id, topic_id, COUNT(*), SUM(correct) FROM event
          WHERE learner_id = ? AND kind = ? AND bundle_id = ?
          GROUP BY question_id ORDER BY question_id
          """,
        arguments: [learnerID, EventKind.answerGiven.rawValue, bundleID]
      ).map {
        AnswerTally(questionID: $0[0], topicID: $0[1] ?? "", answers: $0[2], correct: $0[3] ?? 0)
      }
    }
  }

  /// The learner's most recent events, newest first.
  public func history(learnerID: Int64, limit: Int = 20) throws -> [LearnerEvent] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM event WHERE learner_id = ? ORDER BY id DESC LIMIT ?",
        arguments: [learnerID, max(0, limit)]
      ).compactMap(Self.event)
    }
  }

  private func sectionsRead(_ db: Database, learnerID: Int64, bundleID: String) throws
    -> Set<SectionKey>
  {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT DISTINCT topic_id, section_id FROM event
        WHERE learner_id = ? AND kind = ? AND bundle_id = ?
        """,
      arguments: [learnerID, EventKind.sectionRead.rawValue, bundleID])
    var sections: Set<SectionKey> = []
    while let row = try rows.next() {
      sections.insert(SectionKey(topicID: row[0] ?? "", sectionID: row[1] ?? ""))
    }
    return sections
  }

  private static func event(_ row: Row) -> LearnerEvent? {
    guard let kind = EventKind(rawValue: row["kind"]) else { return nil }
    return LearnerEvent(
      id: row["id"], learnerID: row["learner_id"], kind: kind,
      at: Date(timeIntervalSince1970: row["at"]), bundleID: row["bundle_id"],
      bundleVersion: row["bundle_version"], teachingSessionID: row["teaching_session_id"],
      topicID: row["topic_id"],
      sectionID: row["section_id"], questionID: row["question_id"], response: row["response"],
      isCorrect: row["correct"], rating: (row["grade"] as Int?).flatMap(ReviewRating.init),
      secondsTaken: row["seconds"], tryNumber: row["try_number"], usedHint: row["used_hint"],
      didNotKnow: row["did_not_know"])
  }
}
