import Foundation
import GRDB
import Learning

/// Recording: each call appends its event(s) in one transaction, durable when it returns.
extension LearnerStore {
  @discardableResult
  public func recordTopicOpened(
    _ topicID: String, learnerID: Int64, bundleID: String, bundleVersion: String,
    sessionID: Int64? = nil, at date: Date = Date()
  ) throws -> Int64 {
    try write { db in
      try append(
        db, .topicOpened, learnerID: learnerID, bundleID: bundleID, bundleVersion: bundleVersion,
        at: date, sessionID: sessionID, topicID: topicID)
    }
  }

  /// Appends "section read" for a learner, durably, in one transaction.
  public func recordSectionRead(
    _ section: SectionKey, learnerID: Int64, bundleID: String, bundleVersion: String,
    sessionID: Int64? = nil, at date: Date = Date()
  ) throws {
    try write { db in
      _ = try append(
        db, .sectionRead, learnerID: learnerID, bundleID: bundleID, bundleVersion: bundleVersion,
        at: date, sessionID: sessionID, topicID: section.topicID, sectionID: section.sectionID)
    }
  }

  /// Appends an answer and folds it into the question's memory state, in one transaction.
  @discardableResult
  public func recordAnswer(
    _ attempt: Attempt, learnerID: Int64, bundleID: String, bundleVersion: String,
    sessionID: Int64? = nil
  ) throws -> StoredAnswer {
    try write { db in
      try appendAnswer(
        db, attempt, learnerID: learnerID, bundleID: bundleID, bundleVersion: bundleVersion,
        sessionID: sessionID)
    }
  }

  /// Appends many answers of one learner in a single transaction (an import, or a benchmark);
  /// all or none are kept. Memory states are folded in memory and written once per question.
  public func recordAnswers(
    _ attempts: [Attempt], learnerID: Int64, bundleID: String, bundleVersion: String
  ) throws {
    try write { db in
      var states = try MemoryStateTable.states(db, learnerID: learnerID, bundleID: bundleID)
      var topics: [String: String] = [:]
      for attempt in attempts {
        _ = try append(
          db, .answerGiven, learnerID: learnerID, bundleID: bundleID,
          bundleVersion: bundleVersion, at: attempt.answeredAt, topicID: attempt.topicID,
          sectionID: attempt.sectionID, questionID: attempt.questionID, attempt: attempt)
        states[attempt.questionID] = model.review(
          states[attempt.questionID], rating: attempt.rating, at: attempt.answeredAt)
        topics[attempt.questionID] = attempt.topicID
      }
      for (questionID, topicID) in topics {
        try MemoryStateTable.upsert(
          db, learnerID: learnerID, bundleID: bundleID, questionID: questionID, topicID: topicID,
          states[questionID]!)
      }
    }
  }

  private func appendAnswer(
    _ db: Database, _ attempt: Attempt, learnerID: Int64, bundleID: String,
    bundleVersion: String, sessionID: Int64?
  ) throws -> StoredAnswer {
    let eventID = try append(
      db, .answerGiven, learnerID: learnerID, bundleID: bundleID, bundleVersion: bundleVersion,
      at: attempt.answeredAt, sessionID: sessionID, topicID: attempt.topicID,
      sectionID: attempt.sectionID, questionID: attempt.questionID, attempt: attempt)
    let previous = try MemoryStateTable.state(
      db, learnerID: learnerID, bundleID: bundleID, questionID: attempt.questionID)
    let state = model.review(previous, rating: attempt.rating, at: attempt.answeredAt)
    try MemoryStateTable.upsert(
      db, learnerID: learnerID, bundleID: bundleID, questionID: attempt.questionID,
      topicID: attempt.topicID, state)
    return StoredAnswer(eventID: eventID, memoryState: state)
  }

  private func append(
    _ db: Database, _ kind: EventKind, learnerID: Int64, bundleID: String, bundleVersion: String,
    at date: Date, sessionID: Int64? = nil, topicID: String? = nil, sectionID: String? = nil,
    questionID: String? = nil, attempt: Attempt? = nil
  ) throws -> Int64 {
    do {
      try db.cachedStatement(
        sql: """
          INSERT INTO event (learner_id, kind, at, bundle_id, bundle_version, session_id, topic_id,
            section_id, question_id, response, correct, grade, seconds, try_number, used_hint)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        learnerID, kind.rawValue, date.timeIntervalSince1970, bundleID, bundleVersion, sessionID,
        topicID, sectionID, questionID, attempt?.response, attempt?.isCorrect,
        attempt?.rating.rawValue, attempt?.secondsTaken, attempt?.tryNumber, attempt?.usedHint,
      ])
    } catch let error as DatabaseError
      where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY
    {
      throw LearnerStoreError.unknownLearner(learnerID)
    }
    return db.lastInsertedRowID
  }
}
