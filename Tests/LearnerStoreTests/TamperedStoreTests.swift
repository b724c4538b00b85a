import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// A store edited by hand (or by a failing disk) never stops the program: a value of the wrong
/// kind in any numeric column makes the store "damaged", with a message naming the table and the
/// column and never the data, and the store is not written again.
@Suite struct TamperedStoreTests {
  static let secretName = "Sam Secretname"
  static let secretAnswer = "my private answer"

  /// Every numeric column of every table (except the `INTEGER PRIMARY KEY`s, which SQLite keeps
  /// integers), and whether some reader reads it (the others are only compared in SQL).
  static let numericColumns: [(table: String, column: String, isRead: Bool)] = [
    ("learner", "created_at", true),
    ("event", "learner_id", false), ("event", "at", true),
    ("event", "teaching_session_id", true), ("event", "correct", true),
    ("event", "grade", true), ("event", "seconds", true), ("event", "try_number", true),
    ("event", "used_hint", true),
    ("memory_state", "learner_id", false), ("memory_state", "stability", true),
    ("memory_state", "difficulty", true), ("memory_state", "last_review", true),
    ("memory_state", "review_count", true), ("memory_state", "lapse_count", true),
    ("memory_state", "last_rating", true),
    ("teaching_session", "started_at", true), ("teaching_session", "ended_at", true),
    ("teaching_session_learner", "session_id", false),
    ("teaching_session_learner", "learner_id", true),
    ("teaching_session_learner", "position", false),
    ("session_note", "session_id", false), ("session_note", "learner_id", true),
    ("session_note", "at", true),
    ("patient_identity", "learner_id", false), ("patient_identity", "entered_at", true),
    ("demonstration", "learner_id", false), ("demonstration", "teaching_session_id", true),
    ("demonstration", "passed", true), ("demonstration", "at", true),
    ("demonstration", "replaces_id", true),
  ]

  /// Values no numeric column may hold: text, a blob, and (for times and model values) numbers
  /// out of every sensible range.
  static let garbage: [String] = ["'x'", "X'00FF'", "1e300", "-9223372036854775808", "0.5"]

  /// A store holding one of everything, closed.
  static func makeStore(_ path: String) throws {
    let store = try SQLiteLearnerStore(path: path)
    let sam = try store.addLearner(name: secretName, role: .patient, pathID: nil)
    let session = try store.startTeachingSession(
      educatorName: "Nurse Kim", learnerIDs: [sam.id], bundleID: "b", bundleVersion: "1",
      pathID: nil, plannedTopicIDs: ["care"])
    let context = RecordingContext(
      learnerID: sam.id, bundleID: "b", bundleVersion: "1", teachingSessionID: session.id)
    try store.recordSectionRead(SectionKey(topicID: "care", sectionID: "flushing"), in: context)
    try store.recordAnswer(
      Attempt(
        questionID: "q1", topicID: "care", sectionID: "flushing", response: secretAnswer,
        isCorrect: false, tryNumber: 1, usedHint: true, isRedFlag: false, secondsTaken: 7,
        rating: .again, answeredAt: Date(timeIntervalSince1970: 1_800_000_000)),
      in: context)
    try store.addNote("needs glasses", sessionID: session.id, learnerID: sam.id)
    try store.addIdentity(
      PatientIdentity(
        mrn: "MRN-1", mrnSystem: "Clinic", birthDate: "1960-01-02", enteredBy: "Nurse Kim",
        enteredAt: Date(timeIntervalSince1970: 1_800_000_000)), learnerID: sam.id)
    let shown = try store.recordDemonstration(
      learnerID: sam.id, teachingSessionID: session.id, bundleID: "b", topicID: "care",
      passed: false, note: "", enteredBy: "Nurse Kim")
    try store.recordDemonstration(
      learnerID: sam.id, teachingSessionID: session.id, bundleID: "b", topicID: "care",
      passed: true, note: "", enteredBy: "Nurse Kim", replacing: shown.id)
    _ = try store.endTeachingSession(session.id)
    try store.close()
  }

  /// Sets `column` of every row of `table` to `value` (an SQL literal) behind the store's back.
  static func tamper(_ path: String, _ table: String, _ column: String, _ value: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.write { db in try db.execute(sql: "UPDATE \(table) SET \(column) = \(value)") }
    try queue.close()
  }

  /// Every read the program makes, each in turn; returns the errors they threw.
  static func readEverything(_ store: SQLiteLearnerStore) -> [any Error] {
    var errors: [any Error] = []
    func attempt(_ body: () throws -> Void) {
      do { try body() } catch { errors.append(error) }
    }
    attempt { _ = try store.learners() }
    attempt { _ = try store.learner(named: secretName) }
    attempt { _ = try store.learner(id: 1) }
    attempt { _ = try store.history(learnerID: 1, limit: 50) }
    attempt { _ = try store.attempts(learnerID: 1, bundleID: "b") }
    attempt { _ = try store.answerTallies(learnerID: 1, bundleID: "b") }
    attempt { _ = try store.sectionsRead(learnerID: 1, bundleID: "b") }
    attempt { _ = try store.memory(learnerID: 1, bundleID: "b").states }
    attempt { _ = try store.teachingSessions() }
    attempt { _ = try store.teachingSession(id: 1) }
    attempt { _ = try store.openTeachingSession() }
    attempt { _ = try store.notes(sessionID: 1) }
    attempt { _ = try store.identityHistory(learnerID: 1) }
    attempt { _ = try store.demonstrations(learnerID: 1, bundleID: "b") }
    attempt { try store.rebuildMemoryStates() }
    return errors
  }

  @Test(arguments: numericColumns)
  func garbageInANumericColumnIsDamageNamingTheColumn(
    table: String, column: String, isRead: Bool
  ) throws {
    for value in Self.garbage {
      let folder = try TemporaryFolder()
      let path = folder.path("tampered.sqlite")
      try Self.makeStore(path)
      try Self.tamper(path, table, column, value)
      let store = try SQLiteLearnerStore(path: path)
      let errors = Self.readEverything(store)
      for error in errors {
        guard case .damaged(_, let detail) = error as? LearnerStoreError else {
          Issue.record("\(table).\(column) = \(value): unexpected \(error)")
          continue
        }
        #expect(detail.contains("the \(column) column of the \(table) table"), "\(value)")
        let message = "\(error)"
        #expect(!message.contains("Secretname") && !message.contains(Self.secretAnswer))
      }
      // Text, a blob or a time in year 10^292 are never something a column of numbers holds.
      if isRead && ["'x'", "X'00FF'"].contains(value) {
        #expect(!errors.isEmpty, "\(table).\(column) = \(value) was read without complaint")
      }
      if !errors.isEmpty {
        // Damaged: nothing is written again, through this copy or any other of the store.
        #expect(throws: LearnerStoreError.self) {
          try store.recordSectionRead(
            SectionKey(topicID: "care", sectionID: "s2"),
            in: RecordingContext(learnerID: 1, bundleID: "b", bundleVersion: "1"))
        }
      }
      try store.close()
    }
  }

  @Test func anUnknownRoleIsDamageWithoutTheRole() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("role.sqlite")
    try Self.makeStore(path)
    try Self.tamper(path, "learner", "role", "'Secretrole'")
    let store = try SQLiteLearnerStore(path: path)
    do {
      _ = try store.learners()
      Issue.record("an unknown role was read")
    } catch {
      #expect(
        error as? LearnerStoreError
          == .damaged(
            path: path,
            detail: "the role column of the learner table holds a value Teachback "
              + "cannot read"))
      #expect(!"\(error)".contains("Secretrole") && !"\(error)".contains("Secretname"))
    }
  }

  @Test func wrongTextInPlannedTopicsIsDamage() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("planned.sqlite")
    try Self.makeStore(path)
    try Self.tamper(path, "teaching_session", "planned_topics", "'not json'")
    let store = try SQLiteLearnerStore(path: path)
    #expect {
      _ = try store.teachingSessions()
    } throws: { error in
      guard case .damaged(_, let detail) = error as? LearnerStoreError else { return false }
      return detail.contains("planned_topics")
    }
  }
}
