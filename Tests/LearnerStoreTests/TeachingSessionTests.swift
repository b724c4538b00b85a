import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

@Suite struct TeachingSessionTests {
  let folder: TemporaryFolder
  let path: String
  let store: SQLiteLearnerStore
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    path = folder.path("progress.sqlite")
    store = try SQLiteLearnerStore(path: path)
  }

  func minutes(_ count: Double) -> Date { start.addingTimeInterval(count * 60) }

  func attempt(
    _ questionID: String, right: Bool = true, rating: ReviewRating = .good, tryNumber: Int = 1,
    usedHint: Bool = false, at date: Date
  ) -> Attempt {
    Attempt(
      questionID: questionID, topicID: "care", sectionID: "flushing",
      response: right ? "saline" : "water", isCorrect: right, tryNumber: tryNumber,
      usedHint: usedHint, isRedFlag: false, secondsTaken: 7.5, rating: rating, answeredAt: date)
  }

  func startSession(_ learnerIDs: [Int64], at date: Date? = nil) throws -> TeachingSession {
    try store.startTeachingSession(
      educatorName: "Ada", learnerIDs: learnerIDs, bundleID: "port", bundleVersion: "1.0",
      pathID: "at-home", plannedTopicIDs: ["care", "alarms"], at: date ?? start)
  }

  @Test func aSessionRoundTripsWithNotesAndAnswers() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let ben = try store.addLearner(name: "Ben", role: .caregiver, pathID: nil)
    let session = try startSession([ben.id, ana.id, ben.id])
    #expect(session.learnerIDs == [ben.id, ana.id])
    #expect(session.isOpen && session.plannedTopicIDs == ["care", "alarms"])
    #expect(try store.openTeachingSession() == session)

    try store.addNote("prefers Spanish", sessionID: session.id, learnerID: ana.id, at: minutes(1))
    try store.addNote("quiet room", sessionID: session.id, learnerID: nil, at: minutes(2))
    try store.recordAnswer(
      attempt("q1", at: minutes(3)),
      in: RecordingContext(
        learnerID: ana.id, bundleID: "port", bundleVersion: "1.0", teachingSessionID: session.id))
    try store.recordAnswer(
      attempt("q1", right: false, rating: .again, at: minutes(4)),
      in: RecordingContext(
        learnerID: ben.id, bundleID: "port", bundleVersion: "1.0", teachingSessionID: session.id))

    let ended = try store.endTeachingSession(session.id, at: minutes(30))
    #expect(ended.endedAt == minutes(30) && !ended.isOpen)
    #expect(try store.teachingSession(id: session.id) == ended)
    #expect(try store.openTeachingSession() == nil)
    #expect(try store.teachingSession(id: 999) == nil)

    let notes = try store.notes(sessionID: session.id)
    #expect(notes.map(\.text) == ["prefers Spanish", "quiet room"])
    #expect(notes.map(\.learnerID) == [ana.id, nil])
    #expect(notes.map(\.at) == [minutes(1), minutes(2)])
    #expect(
      try store.attempts(learnerID: ana.id, bundleID: "port", sessionID: session.id)
        .map(\.questionID) == ["q1"])
    #expect(
      try store.attempts(learnerID: ben.id, bundleID: "port", sessionID: session.id)
        .map(\.isCorrect) == [false])

    let later = try startSession([ana.id], at: minutes(60))
    #expect(try store.teachingSessions().map(\.id) == [later.id, session.id])
    #expect(try store.teachingSessions(limit: 1).map(\.id) == [later.id])
  }

  @Test func anUnendedSessionIsFoundAfterReopening() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let session = try startSession([ana.id])
    try store.addNote("needs glasses", sessionID: session.id, learnerID: ana.id, at: minutes(1))
    try store.close()

    let reopened = try SQLiteLearnerStore(path: path)
    let found = try #require(try reopened.openTeachingSession())
    #expect(found == session)
    #expect(try reopened.notes(sessionID: found.id).map(\.text) == ["needs glasses"])
    _ = try reopened.endTeachingSession(found.id, at: minutes(10))
    #expect(try reopened.openTeachingSession() == nil)
  }

  @Test func onlyOneSessionCanBeOpen() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let first = try startSession([ana.id])
    #expect(
      throws: LearnerStoreError.sessionAlreadyOpen(
        id: first.id, educatorName: "Ada", startedAt: start)
    ) { try startSession([ana.id], at: minutes(5)) }
    let message =
      LearnerStoreError.sessionAlreadyOpen(id: first.id, educatorName: "Ada", startedAt: start)
      .description
    #expect(message.contains("by Ada is still open") && message.contains("`session end`"))
    _ = try store.endTeachingSession(first.id, at: minutes(5))
    #expect(
      throws: LearnerStoreError.teachingSessionAlreadyEnded(id: first.id, endedAt: minutes(5))
    ) { try store.endTeachingSession(first.id, at: minutes(6)) }
    #expect(throws: LearnerStoreError.unknownTeachingSession(77)) {
      try store.endTeachingSession(77)
    }
    #expect(try startSession([ana.id], at: minutes(6)).isOpen)
  }

  @Test func aBadStartStoresNothing() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    #expect(throws: LearnerStoreError.unknownLearner(42)) { try startSession([ana.id, 42]) }
    #expect(throws: LearnerStoreError.noLearnersInSession) { try startSession([]) }
    #expect(throws: LearnerStoreError.invalidEducatorName) {
      try store.startTeachingSession(
        educatorName: " - ", learnerIDs: [ana.id], bundleID: "port", bundleVersion: "1",
        pathID: nil, plannedTopicIDs: [])
    }
    for (name, code) in [(" \u{1B} ", 0x1B), ("Ada\u{202E}", 0x202E), ("Ada\u{2066}L", 0x2066)] {
      #expect(throws: LearnerStoreError.controlCharacterInEducatorName(UInt32(code))) {
        try store.startTeachingSession(
          educatorName: name, learnerIDs: [ana.id], bundleID: "port", bundleVersion: "1",
          pathID: nil, plannedTopicIDs: [])
      }
    }
    #expect(try store.teachingSessions().isEmpty)
    #expect(try store.openTeachingSession() == nil)
  }

  @Test func notesAreOneSanitisedLineAndCapped() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let ben = try store.addLearner(name: "Ben", role: .patient, pathID: nil)
    let session = try startSession([ana.id])
    let note = try store.addNote(
      "  needs\nglasses\u{1B}[31m\tand\r\nlarge print\u{202E}  ", sessionID: session.id,
      learnerID: ana.id)
    #expect(note.text == "needs glasses[31m and  large print")
    let long = try store.addNote(
      String(repeating: "é", count: 3_000), sessionID: session.id, learnerID: nil)
    #expect(long.text.count == SessionNote.maximumLength)
    #expect(try store.notes(sessionID: session.id) == [note, long])
    #expect(throws: LearnerStoreError.emptyNote) {
      try store.addNote(" \n\u{7} ", sessionID: session.id, learnerID: nil)
    }
    #expect(throws: LearnerStoreError.unknownTeachingSession(session.id + 1)) {
      try store.addNote("hi", sessionID: session.id + 1, learnerID: nil)
    }
    #expect(throws: LearnerStoreError.unknownLearner(42)) {
      try store.addNote("hi", sessionID: session.id, learnerID: 42)
    }
    #expect(throws: LearnerStoreError.learnerNotInSession(learnerID: ben.id, sessionID: session.id))
    { try store.addNote("hi", sessionID: session.id, learnerID: ben.id) }
  }

  @Test func attemptsFilterByTimeAndSessionAndMapEveryField() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let session = try startSession([ana.id])
    func record(_ attempt: Attempt, bundleID: String = "port", sessionID: Int64?) throws {
      try store.recordAnswer(
        attempt,
        in: RecordingContext(
          learnerID: ana.id, bundleID: bundleID, bundleVersion: "1.0", teachingSessionID: sessionID)
      )
    }
    try record(attempt("q0", at: minutes(-60)), sessionID: nil)
    try record(
      attempt("q1", right: false, rating: .hard, tryNumber: 2, usedHint: true, at: minutes(2)),
      sessionID: session.id)
    try record(attempt("q2", rating: .easy, at: minutes(1)), sessionID: session.id)
    try record(attempt("q3", at: minutes(3)), bundleID: "other", sessionID: session.id)
    try record(attempt("q4", at: minutes(90)), sessionID: nil)

    let all = try store.attempts(learnerID: ana.id, bundleID: "port")
    #expect(all.map(\.questionID) == ["q0", "q2", "q1", "q4"])
    #expect(
      try store.attempts(learnerID: ana.id, bundleID: "port", sessionID: session.id)
        .map(\.questionID) == ["q2", "q1"])
    #expect(
      try store.attempts(learnerID: ana.id, bundleID: "port", from: minutes(1), to: minutes(90))
        .map(\.questionID) == ["q2", "q1", "q4"])
    #expect(
      try store.attempts(learnerID: ana.id, bundleID: "port", from: minutes(2)).map(\.questionID)
        == ["q1", "q4"])
    #expect(
      try store.attempts(learnerID: ana.id, bundleID: "port", to: minutes(1)).map(\.questionID)
        == ["q0", "q2"])
    #expect(
      try store.attempts(
        learnerID: ana.id, bundleID: "port", from: minutes(2), sessionID: session.id
      ).map(\.questionID) == ["q1"])
    #expect(try store.attempts(learnerID: ana.id + 1, bundleID: "port").isEmpty)

    let mapped = try store.attempts(
      learnerID: ana.id, bundleID: "port", sessionID: session.id, redFlagQuestionIDs: ["q1"])
    var expected = attempt(
      "q1", right: false, rating: .hard, tryNumber: 2, usedHint: true, at: minutes(2))
    expected.isRedFlag = true
    #expect(mapped.count == 2)
    let easy = try #require(mapped.first)
    let hard = try #require(mapped.last)
    #expect(hard == expected)
    #expect(hard.rating == .hard && hard.tryNumber == 2 && hard.usedHint && hard.isRedFlag)
    #expect(hard.secondsTaken == 7.5 && hard.response == "water" && !hard.isCorrect)
    #expect(hard.answeredAt == minutes(2) && hard.topicID == "care")
    #expect(easy.rating == .easy && easy.tryNumber == 1 && !easy.usedHint && !easy.isRedFlag)
  }

  @Test func forgettingALearnerTakesTheirNotesButNotTheSessions() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let ben = try store.addLearner(name: "Ben", role: .caregiver, pathID: nil)
    let session = try startSession([ana.id, ben.id])
    try store.addNote("needs glasses", sessionID: session.id, learnerID: ana.id, at: minutes(1))
    try store.addNote("prefers Spanish", sessionID: session.id, learnerID: ben.id, at: minutes(2))
    try store.addNote("interpreter came", sessionID: session.id, learnerID: nil, at: minutes(3))
    try store.recordAnswer(
      attempt("q1", at: minutes(4)),
      in: RecordingContext(
        learnerID: ana.id, bundleID: "port", bundleVersion: "1.0", teachingSessionID: session.id))

    #expect(try store.forgetAll(learnerID: ana.id) == 1)
    #expect(
      try store.notes(sessionID: session.id).map(\.text) == ["prefers Spanish", "interpreter came"])
    #expect(try store.attempts(learnerID: ana.id, bundleID: "port").isEmpty)
    #expect(try store.teachingSession(id: session.id)?.learnerIDs == [ana.id, ben.id])

    try store.removeLearner(id: ben.id)
    #expect(try store.notes(sessionID: session.id).map(\.text) == ["interpreter came"])
    #expect(try store.notes(sessionID: session.id).map(\.learnerID) == [nil])
    #expect(try store.teachingSession(id: session.id)?.learnerIDs == [ana.id])
  }

  @Test func recordingIntoATeachingSessionThatIsNotThereIsRefused() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let context = RecordingContext(
      learnerID: ana.id, bundleID: "port", bundleVersion: "1.0", teachingSessionID: 77)
    #expect(throws: LearnerStoreError.unknownTeachingSession(77)) {
      try store.recordAnswer(attempt("q1", at: minutes(1)), in: context)
    }
    #expect(throws: LearnerStoreError.unknownTeachingSession(77)) {
      try store.recordSectionRead(SectionKey(topicID: "care", sectionID: "flush"), in: context)
    }
    #expect(throws: LearnerStoreError.unknownTeachingSession(77)) {
      try store.recordTopicOpened("care", in: context)
    }
    #expect(throws: LearnerStoreError.unknownTeachingSession(77)) {
      try store.recordAnswers([attempt("q1", at: minutes(1))], in: context)
    }
    #expect(try store.history(learnerID: ana.id).isEmpty)
  }

  /// A store from before `eventSessionIsATeachingSession`, built as that schema's code wrote it:
  /// only ids of a teaching session the event's learner was taught in stay, in a renamed column.
  @Test func sessionIDsThatNameNoTeachingSessionAreClearedOnUpgrade() throws {
    let oldPath = folder.path("before-rename.sqlite")
    let date = start.timeIntervalSince1970
    do {
      let old = try SQLiteLearnerStore(
        path: oldPath, model: FSRS(), migrateUpTo: "addLastRatingToMemoryState")
      let ana = try old.addLearner(name: "Ana", role: .patient, pathID: nil)
      let ben = try old.addLearner(name: "Ben", role: .caregiver, pathID: nil)
      try old.database.write { db in
        try db.execute(
          sql: """
            INSERT INTO teaching_session (id, educator_name, bundle_id, bundle_version,
              planned_topics, started_at)
            VALUES (3, 'Ada', 'port', '1.0', '[]', ?);
            INSERT INTO teaching_session_learner (session_id, learner_id, position)
            VALUES (3, ?, 0);
            """,
          arguments: [date, ana.id])
        // (learner, session id, question): taught in session 3; a per-learner session that
        // was an event id; Ben, who was not taught in session 3; no session at all.
        let rows: [(Int64, Int64?, String)] = [
          (ana.id, 3, "q1"), (ana.id, 1, "q2"), (ben.id, 3, "q3"), (ana.id, nil, "q4"),
        ]
        for (offset, row) in rows.enumerated() {
          try db.execute(
            sql: """
              INSERT INTO event (learner_id, kind, at, bundle_id, bundle_version, session_id,
                topic_id, section_id, question_id, response, correct, grade, seconds,
                try_number, used_hint)
              VALUES (?, 'answer-given', ?, 'port', '1.0', ?, 'care', 'flush', ?, 'saline', 1, 3,
                12, 1, 0)
              """,
            arguments: [row.0, date + Double(offset + 1), row.1, row.2])
        }
        try db.execute(
          sql: """
            INSERT INTO event (learner_id, kind, at, bundle_id, bundle_version, session_id)
            VALUES (?, 'session-ended', ?, 'port', '1.0', 1)
            """, arguments: [ana.id, date + 10])
      }
      try old.close()
    }
    let upgraded = try SQLiteLearnerStore(path: oldPath)
    let ana = try #require(try upgraded.learner(named: "Ana"))
    let ben = try #require(try upgraded.learner(named: "Ben"))
    #expect(
      try upgraded.attempts(learnerID: ana.id, bundleID: "port", sessionID: 3).map(\.questionID)
        == ["q1"])
    #expect(try upgraded.attempts(learnerID: ana.id, bundleID: "port", sessionID: 1).isEmpty)
    #expect(try upgraded.attempts(learnerID: ben.id, bundleID: "port", sessionID: 3).isEmpty)
    #expect(
      try upgraded.attempts(learnerID: ana.id, bundleID: "port").map(\.questionID)
        == ["q1", "q2", "q4"])
    #expect(try upgraded.attempts(learnerID: ben.id, bundleID: "port").map(\.questionID) == ["q3"])
    // The kinds no longer written are skipped when the history is read, before its limit.
    #expect(try upgraded.history(learnerID: ana.id).map(\.questionID) == ["q4", "q2", "q1"])
    #expect(try upgraded.history(learnerID: ana.id, limit: 3).count == 3)
    let columns = try upgraded.database.read { db in
      try db.columns(in: "event").map(\.name)
    }
    #expect(columns.contains("teaching_session_id") && !columns.contains("session_id"))
    let indexes = try upgraded.database.read { db in try db.indexes(on: "event").map(\.name) }
    #expect(indexes.contains("event_by_teaching_session") && !indexes.contains("event_by_session"))
  }

  @Test func aStoreFromBeforeTeachingSessionsUpgradesKeepingItsData() throws {
    let oldPath = folder.path("old.sqlite")
    do {
      let old = try SQLiteLearnerStore(
        path: oldPath, model: FSRS(), migrateUpTo: "createMemoryState")
      let ana = try old.addLearner(name: "Ana", role: .patient, pathID: "at-home")
      // Written as that schema's code wrote it: today's recordAnswer writes newer columns.
      try old.database.write { db in
        try db.execute(
          sql: """
            INSERT INTO event (learner_id, kind, at, bundle_id, bundle_version, session_id,
              topic_id, section_id, question_id, response, correct, grade, seconds, try_number,
              used_hint)
            VALUES (?, 'answer-given', ?, 'port', '1.0', 5, 'care', 'flush', 'q1', 'saline', 1, 3,
              12, 1, 0)
            """,
          arguments: [ana.id, start.timeIntervalSince1970])
      }
      #expect(try old.database.read { try !$0.tableExists("teaching_session") })
      try old.close()
    }
    let upgraded = try SQLiteLearnerStore(path: oldPath)
    let ana = try #require(try upgraded.learner(named: "Ana"))
    // Session 5 was a per-learner "session started" event, not a teaching session: the answer
    // stays, without it (`eventSessionIsATeachingSession`).
    #expect(try upgraded.attempts(learnerID: ana.id, bundleID: "port", sessionID: 5).isEmpty)
    #expect(try upgraded.attempts(learnerID: ana.id, bundleID: "port").map(\.questionID) == ["q1"])
    #expect(try upgraded.history(learnerID: ana.id).map(\.teachingSessionID) == [nil])
    #expect(try upgraded.memory(learnerID: ana.id, bundleID: "port").states.keys.sorted() == ["q1"])
    #expect(try upgraded.openTeachingSession() == nil)
    let session = try upgraded.startTeachingSession(
      educatorName: "Ada", learnerIDs: [ana.id], bundleID: "port", bundleVersion: "1.0",
      pathID: nil, plannedTopicIDs: [], at: start)
    #expect(try upgraded.teachingSession(id: session.id)?.plannedTopicIDs == [])
  }
}
