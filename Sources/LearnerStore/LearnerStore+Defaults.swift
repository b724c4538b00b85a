import Curriculum
import Foundation
import Learning

/// The usual arguments, and what follows from the stored facts without a query of its own.
extension LearnerStore {
  @discardableResult
  package func recordTopicOpened(_ topicID: String, in context: RecordingContext) throws -> Int64 {
    try recordTopicOpened(topicID, in: context, at: Date())
  }

  package func recordSectionRead(_ section: SectionKey, in context: RecordingContext) throws {
    try recordSectionRead(section, in: context, at: Date())
  }

  /// A learner's answers in `bundleID` as Attempts, oldest first, optionally only those
  /// answered in [`from`, `to`] and/or recorded in the teaching session `sessionID`.
  /// `redFlagQuestionIDs` (from the bundle) fills `Attempt.isRedFlag`.
  package func attempts(
    learnerID: Int64, bundleID: String, from: Date? = nil, to: Date? = nil,
    sessionID: Int64? = nil, redFlagQuestionIDs: Set<String> = []
  ) throws -> [Attempt] {
    try attempts(
      matching: AttemptQuery(
        learnerID: learnerID, bundleID: bundleID, from: from, to: to, sessionID: sessionID,
        redFlagQuestionIDs: redFlagQuestionIDs))
  }

  package func history(learnerID: Int64) throws -> [LearnerEvent] {
    try history(learnerID: learnerID, limit: 20)
  }

  /// The learner's memory of every question of the bundle they have answered.
  package func memory(
    learnerID: Int64, bundleID: String, policy: ReviewPolicy = ReviewPolicy()
  ) throws -> LearnerMemory {
    LearnerMemory(
      states: try memoryStates(learnerID: learnerID, bundleID: bundleID), policy: policy)
  }

  /// Sections read and mastery per topic, for the topics of `topicIDs` (all when `nil`).
  package func progress(
    learnerID: Int64, bundle: ContentBundle, topicIDs: [String]? = nil, at date: Date = Date(),
    policy: ReviewPolicy = ReviewPolicy()
  ) throws -> ProgressReport {
    let (sections, states) = try readingAndMemory(
      learnerID: learnerID, bundleID: bundle.manifest.id)
    return ProgressReport(
      bundle: bundle, topicIDs: topicIDs, sectionsRead: sections,
      memory: LearnerMemory(states: states, policy: policy), at: date)
  }

  /// What the learner should do next, from their path, reading and memory.
  package func recommendation(
    for learner: Learner, bundle: ContentBundle, at date: Date = Date(),
    policy: ReviewPolicy = ReviewPolicy()
  ) throws -> Recommendation {
    let (sections, states) = try readingAndMemory(
      learnerID: learner.id, bundleID: bundle.manifest.id)
    return Recommendation(
      bundle: bundle, pathID: learner.pathID, sectionsRead: sections,
      memory: LearnerMemory(states: states, policy: policy), now: date)
  }

  package func startTeachingSession(
    educatorName: String, learnerIDs: [Int64], bundleID: String, bundleVersion: String,
    pathID: String?, plannedTopicIDs: [String], language: Language = .english,
    at date: Date = Date()
  ) throws -> TeachingSession {
    try startTeachingSession(
      educatorName: educatorName, learnerIDs: learnerIDs, bundleID: bundleID,
      bundleVersion: bundleVersion, pathID: pathID, plannedTopicIDs: plannedTopicIDs,
      relationships: [:], language: language, at: date)
  }

  package func startTeachingSession(
    educatorName: String, learnerIDs: [Int64], bundleID: String, bundleVersion: String,
    pathID: String?, plannedTopicIDs: [String], relationships: [Int64: CaregiverRelationship],
    at date: Date = Date()
  ) throws -> TeachingSession {
    try startTeachingSession(
      educatorName: educatorName, learnerIDs: learnerIDs, bundleID: bundleID,
      bundleVersion: bundleVersion, pathID: pathID, plannedTopicIDs: plannedTopicIDs,
      relationships: relationships, language: .english, at: date)
  }

  package func endTeachingSession(_ id: Int64) throws -> TeachingSession {
    try endTeachingSession(id, at: Date())
  }

  package func teachingSessions() throws -> [TeachingSession] {
    try teachingSessions(limit: 20)
  }

  @discardableResult
  package func addNote(_ text: String, sessionID: Int64, learnerID: Int64?) throws
    -> SessionNote
  {
    try addNote(text, sessionID: sessionID, learnerID: learnerID, at: Date())
  }

  /// Records a return demonstration now or at `date`, or with `replacing` a correction.
  @discardableResult
  package func recordDemonstration(
    learnerID: Int64, teachingSessionID: Int64?, bundleID: String, topicID: String,
    passed: Bool, note: String, enteredBy: String, at date: Date = Date()
  ) throws -> Demonstration {
    try recordDemonstration(
      learnerID: learnerID, teachingSessionID: teachingSessionID, bundleID: bundleID,
      topicID: topicID, passed: passed, note: note, enteredBy: enteredBy, at: date,
      replacing: nil)
  }

  @discardableResult
  package func recordDemonstration(
    learnerID: Int64, teachingSessionID: Int64?, bundleID: String, topicID: String,
    passed: Bool, note: String, enteredBy: String, replacing replacedID: Int64?
  ) throws -> Demonstration {
    try recordDemonstration(
      learnerID: learnerID, teachingSessionID: teachingSessionID, bundleID: bundleID,
      topicID: topicID, passed: passed, note: note, enteredBy: enteredBy, at: Date(),
      replacing: replacedID)
  }

  package func demonstrations(learnerID: Int64, bundleID: String) throws -> [Demonstration] {
    try demonstrations(learnerID: learnerID, bundleID: bundleID, sessionID: nil)
  }

  /// Whether `secret` is the educator's passphrase (always false at home); recorded as a
  /// right or wrong entry.
  package func checkPassphrase(_ secret: String, at date: Date) throws -> Bool {
    try checkSecret(secret, forLearnerNamed: nil, at: date) == .educatorPassphrase
  }
}
