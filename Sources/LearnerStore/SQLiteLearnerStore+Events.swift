import Foundation
import GRDB
import Learning

/// Recording: each call appends its event(s) in one transaction, durable when it returns.
/// Every call takes a `RecordingContext`; one naming a teaching session that is not in the
/// store throws `unknownTeachingSession`, and one naming no learner `unknownLearner`.
extension SQLiteLearnerStore {
  /// Appends "topic opened" and returns its event id.
  @discardableResult
  package func recordTopicOpened(
    _ topicID: String, in context: RecordingContext, at date: Date
  ) throws -> Int64 {
    try write { db in
      try checkTeachingSession(db, context)
      return try append(db, .topicOpened, context, at: date, topicID: topicID)
    }
  }

  /// Appends "section read" for a learner, durably, in one transaction.
  package func recordSectionRead(
    _ section: SectionKey, in context: RecordingContext, at date: Date
  ) throws {
    try write { db in
      try checkTeachingSession(db, context)
      _ = try append(
        db, .sectionRead, context, at: date, topicID: section.topicID,
        sectionID: section.sectionID)
    }
  }

  /// Appends an answer and folds it into the question's memory state, in one transaction.
  @discardableResult
  package func recordAnswer(_ attempt: Attempt, in context: RecordingContext) throws
    -> StoredAnswer
  {
    try write { db in
      try checkTeachingSession(db, context)
      return try appendAnswer(db, attempt, context)
    }
  }

  /// Appends many answers of one learner in a single transaction (an import, or a benchmark);
  /// all or none are kept. Memory states are folded in memory and written once per question.
  package func recordAnswers(_ attempts: [Attempt], in context: RecordingContext) throws {
    try write { db in
      try checkTeachingSession(db, context)
      let learnerID = context.learnerID
      let bundleID = context.bundleID
      var states = try MemoryStateTable.states(db, learnerID: learnerID, bundleID: bundleID)
      var topics: [String: String] = [:]
      for attempt in attempts {
        _ = try append(
          db, .answerGiven, context, at: attempt.answeredAt, topicID: attempt.topicID,
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

  private func appendAnswer(_ db: Database, _ attempt: Attempt, _ context: RecordingContext)
    throws -> StoredAnswer
  {
    let eventID = try append(
      db, .answerGiven, context, at: attempt.answeredAt, topicID: attempt.topicID,
      sectionID: attempt.sectionID, questionID: attempt.questionID, attempt: attempt)
    let previous = try MemoryStateTable.state(
      db, learnerID: context.learnerID, bundleID: context.bundleID,
      questionID: attempt.questionID)
    let state = model.review(previous, rating: attempt.rating, at: attempt.answeredAt)
    try MemoryStateTable.upsert(
      db, learnerID: context.learnerID, bundleID: context.bundleID,
      questionID: attempt.questionID, topicID: attempt.topicID, state)
    return StoredAnswer(eventID: eventID, memoryState: state)
  }

  /// Refuses a context whose teaching session is not in the store, so `event.teaching_session_id`
  /// only ever names a teaching session.
  private func checkTeachingSession(_ db: Database, _ context: RecordingContext) throws {
    guard let id = context.teachingSessionID else { return }
    let exists = try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT 1 FROM teaching_session WHERE id = ?"), arguments: [id])
    if exists == nil { throw LearnerStoreError.unknownTeachingSession(id) }
  }

  private func append(
    _ db: Database, _ kind: EventKind, _ context: RecordingContext, at date: Date,
    topicID: String? = nil, sectionID: String? = nil, questionID: String? = nil,
    attempt: Attempt? = nil
  ) throws -> Int64 {
    // `chosen` and `language` are written only when there is something to keep (choices, a
    // language other than English): their columns came last.
    let chosen = attempt?.chosenChoices.map { $0.map(String.init).joined(separator: ",") }
    let language = context.language == .english ? nil : context.language.rawValue
    var arguments: StatementArguments = [
      context.learnerID, kind.rawValue, date.timeIntervalSince1970, context.bundleID,
      context.bundleVersion, context.teachingSessionID, topicID, sectionID, questionID,
      attempt?.response, attempt?.isCorrect, attempt?.rating.rawValue, attempt?.secondsTaken,
      attempt?.tryNumber, attempt?.usedHint, attempt?.didNotKnow,
    ]
    var extraColumns = ""
    for (column, value) in [("chosen", chosen), ("language", language)] {
      guard let value else { continue }
      extraColumns += ", \(column)"
      _ = arguments.append(contentsOf: [value])
    }
    let extraValues = String(repeating: ", ?", count: extraColumns.count { $0 == "," })
    do {
      try db.cachedStatement(
        sql: """
          INSERT INTO event (learner_id, kind, at, bundle_id, bundle_version, teaching_session_id,
            topic_id, section_id, question_id, response, correct, grade, seconds, try_number,
            used_hint, did_not_know\(extraColumns))
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?\(extraValues))
          """
      ).execute(arguments: arguments)
    } catch let error as DatabaseError
      where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY
    {
      throw LearnerStoreError.unknownLearner(context.learnerID)
    }
    return db.lastInsertedRowID
  }
}
