import Foundation
import LearnerStore
import Learning
import PostgresNIO

/// Recording: each call appends its event(s) in one transaction under UUIDs made before the
/// first try, so a try repeated after a dropped connection keeps each event once.
extension PostgresLearnerStore {
  @discardableResult
  package func recordTopicOpened(
    _ topicID: String, in context: RecordingContext, at date: Date
  ) throws -> Int64 {
    let logger = self.logger
    let event = NewEvent(kind: .topicOpened, context: context, at: date, topicID: topicID)
    return try transaction(idempotent: true) { db in
      try await Self.requireTeachingSession(db, context.teachingSessionID, logger: logger)
      return try await Self.append(db, event, logger: logger).id
    }
  }

  package func recordSectionRead(
    _ section: SectionKey, in context: RecordingContext, at date: Date
  ) throws {
    let logger = self.logger
    let event = NewEvent(
      kind: .sectionRead, context: context, at: date, topicID: section.topicID,
      sectionID: section.sectionID)
    try transaction(idempotent: true) { db in
      try await Self.requireTeachingSession(db, context.teachingSessionID, logger: logger)
      _ = try await Self.append(db, event, logger: logger)
    }
  }

  /// Appends an answer and folds it into the question's memory state, in one transaction. When
  /// a try after a lost connection finds the answer already kept, it returns the state as
  /// stored instead of folding the answer in twice.
  @discardableResult
  package func recordAnswer(_ attempt: Attempt, in context: RecordingContext) throws
    -> StoredAnswer
  {
    let logger = self.logger
    let model = self.model
    let event = NewEvent(answer: attempt, context: context)
    return try transaction(idempotent: true) { db in
      try await Self.requireTeachingSession(db, context.teachingSessionID, logger: logger)
      try await Self.lockAnswers(db, learnerID: context.learnerID, logger: logger)
      let (eventID, inserted) = try await Self.append(db, event, logger: logger)
      let previous = try await Self.memoryState(
        db, learnerID: context.learnerID, bundleID: context.bundleID,
        questionID: attempt.questionID, logger: logger)
      guard inserted else {
        return StoredAnswer(
          eventID: eventID,
          memoryState: previous ?? model.review(nil, rating: attempt.rating, at: attempt.answeredAt)
        )
      }
      let state = model.review(previous, rating: attempt.rating, at: attempt.answeredAt)
      try await Self.upsert(
        db, learnerID: context.learnerID, bundleID: context.bundleID,
        questionID: attempt.questionID, topicID: attempt.topicID, state, logger: logger)
      return StoredAnswer(eventID: eventID, memoryState: state)
    }
  }

  package func recordAnswers(_ attempts: [Attempt], in context: RecordingContext) throws {
    let logger = self.logger
    let model = self.model
    let events = attempts.map { NewEvent(answer: $0, context: context) }
    try transaction(idempotent: true, patience: 600) { db in
      try await Self.requireTeachingSession(db, context.teachingSessionID, logger: logger)
      try await Self.lockAnswers(db, learnerID: context.learnerID, logger: logger)
      var states = try await Self.memoryStates(
        db, learnerID: context.learnerID, bundleID: context.bundleID, logger: logger)
      var topics: [String: String] = [:]
      for (attempt, event) in zip(attempts, events) {
        guard try await Self.append(db, event, logger: logger).inserted else { continue }
        states[attempt.questionID] = model.review(
          states[attempt.questionID], rating: attempt.rating, at: attempt.answeredAt)
        topics[attempt.questionID] = attempt.topicID
      }
      for (questionID, topicID) in topics {
        try await Self.upsert(
          db, learnerID: context.learnerID, bundleID: context.bundleID, questionID: questionID,
          topicID: topicID, states[questionID]!, logger: logger)
      }
    }
  }

  // MARK: - Rows

  /// An event before it is stored, with its UUID already chosen.
  struct NewEvent: Sendable {
    var uuid = UUID()
    var kind: EventKind
    var context: RecordingContext
    var at: Double
    var topicID: String?
    var sectionID: String?
    var questionID: String?
    var attempt: Attempt?

    init(
      kind: EventKind, context: RecordingContext, at date: Date, topicID: String? = nil,
      sectionID: String? = nil
    ) {
      self.kind = kind
      self.context = context
      self.at = date.timeIntervalSince1970
      self.topicID = topicID
      self.sectionID = sectionID
    }

    init(answer: Attempt, context: RecordingContext) {
      self.init(
        kind: .answerGiven, context: context, at: answer.answeredAt, topicID: answer.topicID,
        sectionID: answer.sectionID)
      questionID = answer.questionID
      attempt = answer
    }
  }

  /// Inserts the event unless its UUID is already stored; returns its id either way.
  static func append(_ db: PostgresConnection, _ event: NewEvent, logger: Logger) async throws
    -> (id: Int64, inserted: Bool)
  {
    let context = event.context
    let attempt = event.attempt
    let grade = attempt.map { Int64($0.rating.rawValue) }
    let tryNumber = attempt.map { Int64($0.tryNumber) }
    let chosen = StoreRules.chosenText(attempt?.chosenChoices)
    let language = context.language == .english ? nil : context.language.rawValue
    do {
      if let inserted = try await db.rows(
        """
        INSERT INTO event (event_uuid, learner_id, kind, at, bundle_id, bundle_version,
          teaching_session_id, topic_id, section_id, question_id, response, correct, grade,
          seconds, try_number, used_hint, did_not_know, chosen, language)
        VALUES (\(event.uuid), \(context.learnerID), \(event.kind.rawValue), \(event.at),
          \(context.bundleID), \(context.bundleVersion), \(context.teachingSessionID),
          \(event.topicID), \(event.sectionID), \(event.questionID), \(attempt?.response),
          \(attempt?.isCorrect), \(grade), \(attempt?.secondsTaken), \(tryNumber),
          \(attempt?.usedHint), \(attempt?.didNotKnow), \(chosen), \(language))
        ON CONFLICT (event_uuid) DO NOTHING RETURNING id
        """, table: "event", logger: logger
      ).first {
        return (try inserted.integer("id"), true)
      }
    } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23503" {
      throw LearnerStoreError.unknownLearner(context.learnerID)
    }
    let kept = try await db.rows(
      "SELECT id FROM event WHERE event_uuid = \(event.uuid)", table: "event", logger: logger)
    guard let id = try kept.first?.integer("id") else {
      throw LearnerStoreError.database("an event's id was taken and is gone again")
    }
    return (id, false)
  }

  /// One transaction at a time folds a learner's answers into their memory states.
  static func lockAnswers(_ db: PostgresConnection, learnerID: Int64, logger: Logger)
    async throws
  {
    try await db.query(
      "SELECT pg_advisory_xact_lock(1, \(Int32(truncatingIfNeeded: learnerID)))", logger: logger)
  }
}
