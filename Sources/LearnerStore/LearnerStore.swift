import Curriculum
import Foundation
import Learning

/// The durable record of learners and what they did, whatever keeps it: a file on this
/// computer (`SQLiteLearnerStore`, the default) or the clinic's PostgreSQL server
/// (`PostgresLearnerStore`, in `ClinicStore`). The shell, the reports and the tests speak to
/// this protocol only; both back ends pass the same behaviour tests (`StoreBehaviourTests`).
///
/// Every method is synchronous and returns only once what it records is durable (commit, then
/// confirm). Events are appended and never rewritten, except by `forget`, `forgetAll` and
/// `removeLearner` (the learner's right to erase). Errors are `LearnerStoreError`s.
///
/// The requirements take every argument; the extension below gives the usual defaults.
package protocol LearnerStore: Sendable {
  /// Where the records are, for messages: a file's path, or `postgres://user@host/db`.
  var location: String { get }

  // MARK: - Learners

  /// Every learner, oldest first.
  func learners() throws -> [Learner]
  /// The learner of that name (trimmed), compared without regard to case.
  func learner(named name: String) throws -> Learner?
  func learner(id: Int64) throws -> Learner?
  /// The learner opened most recently, or nil; a learner never opened comes after the others.
  func lastUsedLearner() throws -> Learner?
  /// Notes that the learner was opened at `date` and returns them as stored now.
  @discardableResult func markUsed(learnerID: Int64, at date: Date) throws -> Learner
  func renameLearner(id: Int64, to newName: String) throws -> Learner
  func addLearner(name: String, role: LearnerRole, pathID: String?) throws -> Learner
  /// The learner of that name, or a new one, in one transaction (`added` says which).
  func learner(named name: String, addingAs role: LearnerRole, pathID: String?) throws
    -> (learner: Learner, added: Bool)
  func setRole(_ role: LearnerRole, learnerID: Int64) throws
  func setPath(_ pathID: String?, learnerID: Int64) throws
  /// Sets (or clears) the language a learner chose to learn in.
  func setLanguage(_ language: Language?, learnerID: Int64) throws
  /// Deletes a learner with every event, memory state and note about them.
  func removeLearner(id: Int64) throws

  // MARK: - Events

  @discardableResult func recordTopicOpened(
    _ topicID: String, in context: RecordingContext, at date: Date
  ) throws -> Int64
  func recordSectionRead(_ section: SectionKey, in context: RecordingContext, at date: Date)
    throws
  /// Appends an answer and folds it into the question's memory state, in one transaction.
  @discardableResult func recordAnswer(_ attempt: Attempt, in context: RecordingContext) throws
    -> StoredAnswer
  /// Appends many answers of one learner in one transaction; all or none are kept.
  func recordAnswers(_ attempts: [Attempt], in context: RecordingContext) throws
  /// A learner's answers as `Attempt`s, oldest first.
  func attempts(matching query: AttemptQuery) throws -> [Attempt]

  // MARK: - Summaries

  func sectionsRead(learnerID: Int64, bundleID: String) throws -> Set<SectionKey>
  func lastSectionRead(learnerID: Int64, bundleID: String) throws -> SectionKey?
  func memoryStates(learnerID: Int64, bundleID: String) throws -> [String: MemoryState]
  /// Sections read and memory states in one read, so that they agree.
  func readingAndMemory(learnerID: Int64, bundleID: String) throws
    -> (sections: Set<SectionKey>, states: [String: MemoryState])
  func answerTallies(learnerID: Int64, bundleID: String) throws -> [AnswerTally]
  /// The learner's most recent events of the kinds this version writes, newest first.
  func history(learnerID: Int64, limit: Int) throws -> [LearnerEvent]

  // MARK: - Forgetting

  @discardableResult func forget(learnerID: Int64, topicID: String) throws -> Int
  @discardableResult func forgetAll(learnerID: Int64) throws -> Int
  /// Recomputes every memory state from the answer events.
  func rebuildMemoryStates() throws

  // MARK: - Teaching sessions and notes

  func startTeachingSession(
    educatorName: String, learnerIDs: [Int64], bundleID: String, bundleVersion: String,
    pathID: String?, plannedTopicIDs: [String], relationships: [Int64: CaregiverRelationship],
    language: Language, at date: Date
  ) throws -> TeachingSession
  func endTeachingSession(_ id: Int64, at date: Date) throws -> TeachingSession
  func teachingSession(id: Int64) throws -> TeachingSession?
  /// The most recent session that was started and never ended, if any.
  func openTeachingSession() throws -> TeachingSession?
  func teachingSessions(limit: Int) throws -> [TeachingSession]
  @discardableResult func addNote(
    _ text: String, sessionID: Int64, learnerID: Int64?, at date: Date
  ) throws -> SessionNote
  func relationship(ofLearner learnerID: Int64) throws -> CaregiverRelationship?
  func notes(learnerID: Int64) throws -> [SessionNote]
  func notes(sessionID: Int64) throws -> [SessionNote]

  // MARK: - Identity and demonstrations

  @discardableResult func addIdentity(_ identity: PatientIdentity, learnerID: Int64) throws
    -> PatientIdentity
  func identityHistory(learnerID: Int64) throws -> [PatientIdentity]
  func lastMRNSystem() throws -> String?
  @discardableResult func recordDemonstration(
    learnerID: Int64, teachingSessionID: Int64?, bundleID: String, topicID: String,
    passed: Bool, note: String, enteredBy: String, at date: Date, replacing replacedID: Int64?
  ) throws -> Demonstration
  func demonstrations(learnerID: Int64, bundleID: String, sessionID: Int64?) throws
    -> [Demonstration]
  func demonstration(id: Int64) throws -> Demonstration?

  // MARK: - Access

  func accessMode() throws -> AccessMode
  func turnOnClinicMode(passphrase: String, at date: Date) throws
  func turnOffClinicMode(at date: Date) throws
  func hasPIN(learnerID: Int64) throws -> Bool
  func setPIN(_ pin: String, learnerID: Int64, at date: Date) throws
  func removePIN(learnerID: Int64, as kind: AccessEventKind, at date: Date) throws
  /// Checks what was typed against the named learner's PIN and the educator's passphrase and
  /// records a right or wrong entry, doing the same work whoever is named.
  func checkSecret(_ secret: String, forLearnerNamed name: String?, at date: Date) throws
    -> SecretCheck
  func secondsBeforeNextTry(at date: Date) throws -> Int
  func accessEvents(learnerID: Int64?) throws -> [AccessEvent]

  /// Lets go of the file or the server's connections.
  func close() throws
}
