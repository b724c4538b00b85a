import Curriculum
import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

@Suite struct LearnerStoreTests {
  let folder: TemporaryFolder
  let store: SQLiteLearnerStore
  let bundle = SampleBundle.make()
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
  }

  func attempt(_ questionID: String, right: Bool, rating: ReviewRating? = nil, at date: Date)
    -> Attempt
  {
    let question = bundle.questions.first { $0.id == questionID }!
    return Attempt(
      questionID: questionID, topicID: question.topicID, sectionID: question.sectionID,
      response: right ? "a" : "b", isCorrect: right, tryNumber: 1, usedHint: false,
      isRedFlag: question.isRedFlag, secondsTaken: 12, rating: rating ?? (right ? .good : .again),
      answeredAt: date)
  }

  @Test func migratesAnEmptyFile() throws {
    let identifiers = try store.database.read { db in
      try StoreSchema.migrator.appliedMigrations(db)
    }
    #expect(
      identifiers == [
        "createLearner", "createEvent", "createMemoryState", "createTeachingSession",
        "addLastRatingToMemoryState", "eventSessionIsATeachingSession", "addDidNotKnowToEvent",
        "addLastUsedToLearner", "addSectionReadByTimeIndex",
        "addRelationshipToSessionLearner", "createPatientIdentityAndDemonstration",
        "addChosenChoicesToEvent",
        "createAccessControl", "addLanguageToLearnerEventAndTeachingSession", "addUUIDToEvent",
      ])
    let journal = try store.database.read { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode")
    }
    #expect(journal == "wal")
  }

  @Test func learnersHaveUniqueNamesIgnoringCase() throws {
    let ana = try store.addLearner(name: " Ana ", role: .caregiver, pathID: "at-home")
    #expect(ana.name == "Ana" && ana.createdAt != nil)
    #expect(throws: LearnerStoreError.duplicateLearnerName("ana")) {
      try store.addLearner(name: "ana", role: .patient, pathID: nil)
    }
    #expect(throws: LearnerStoreError.invalidLearnerName) {
      try store.addLearner(name: "  ", role: .patient, pathID: nil)
    }
    let ben = try store.addLearner(name: "Ben", role: .educator, pathID: nil)
    #expect(try store.learners().map(\.name) == ["Ana", "Ben"])
    // The one table: a bidi override or isolate is refused like any control character.
    for (name, code) in [("Eve\u{202E}lin", 0x202E), ("Eve\u{200F}", 0x200F), ("E\u{1B}[2J", 0x1B)]
    {
      #expect(throws: LearnerStoreError.controlCharacterInLearnerName(UInt32(code))) {
        try store.addLearner(name: name, role: .patient, pathID: nil)
      }
    }
    #expect(
      LearnerStoreError.controlCharacterInLearnerName(0x202E).description.contains("U+202E"))
    #expect(try store.learner(named: "ANA")?.id == ana.id)
    #expect(try store.learner(named: "Cleo") == nil)
    try store.setPath("before-surgery", learnerID: ben.id)
    #expect(try store.learner(id: ben.id)?.pathID == "before-surgery")
    #expect(try store.learner(id: ben.id)?.role == .educator)
    #expect(throws: LearnerStoreError.unknownLearner(99)) { try store.setPath(nil, learnerID: 99) }
  }

  @Test func sectionsReadAreDerivedPerBundle() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let flushing = SectionKey(topicID: "care", sectionID: "flushing")
    try store.recordSectionRead(
      flushing,
      in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.2.0"))
    try store.recordSectionRead(
      flushing,
      in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.3.0"))
    try store.recordSectionRead(
      SectionKey(topicID: "about", sectionID: "what"),
      in: RecordingContext(learnerID: ana.id, bundleID: "other", bundleVersion: "1"))
    #expect(try store.sectionsRead(learnerID: ana.id, bundleID: "sample-port") == [flushing])
    #expect(throws: LearnerStoreError.unknownLearner(42)) {
      try store.recordSectionRead(
        flushing, in: RecordingContext(learnerID: 42, bundleID: "b", bundleVersion: "1"))
    }
  }

  @Test func answersUpdateMemoryStatesAsFSRSReplays() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let answers = [
      attempt("about-what", right: false, at: start),
      attempt("about-what", right: true, rating: .hard, at: start.addingTimeInterval(600)),
      attempt("about-what", right: true, at: start.addingTimeInterval(3 * 86_400)),
      attempt("care-fever", right: true, at: start),
    ]
    var stored: [StoredAnswer] = []
    for answer in answers {
      stored.append(
        try store.recordAnswer(
          answer,
          in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.2.0")))
    }
    #expect(stored.map(\.eventID) == stored.map(\.eventID).sorted())
    let memory = try store.memory(learnerID: ana.id, bundleID: "sample-port")
    let expected = answers.prefix(3).reduce(nil as MemoryState?) {
      FSRS().review($0, rating: $1.rating, at: $1.answeredAt)
    }
    #expect(memory.states["about-what"] == expected)
    #expect(memory.states["about-what"] == stored[2].memoryState)
    #expect(memory.states["about-what"]?.reviewCount == 3)
    #expect(memory.states["about-what"]?.lapseCount == 1)
    #expect(memory.states.count == 2)

    try store.database.write { db in try db.execute(sql: "DELETE FROM memory_state") }
    try store.rebuildMemoryStates()
    #expect(try store.memory(learnerID: ana.id, bundleID: "sample-port") == memory)

    let tallies = try store.answerTallies(learnerID: ana.id, bundleID: "sample-port")
    #expect(
      tallies == [
        AnswerTally(questionID: "about-what", topicID: "about", answers: 3, correct: 2),
        AnswerTally(questionID: "care-fever", topicID: "care", answers: 1, correct: 1),
      ])
  }

  @Test func answersInBulkFoldLikeOneByOne() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let ben = try store.addLearner(name: "Ben", role: .patient, pathID: nil)
    let answers = (0..<12).map { index in
      attempt(
        ["about-what", "care-fever", "about-skin"][index % 3], right: index % 4 != 0,
        at: start.addingTimeInterval(Double(index) * 40_000))
    }
    try store.recordAnswers(
      Array(answers.prefix(5)),
      in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1"))
    try store.recordAnswers(
      Array(answers.dropFirst(5)),
      in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1"))
    for answer in answers {
      try store.recordAnswer(
        answer, in: RecordingContext(learnerID: ben.id, bundleID: "sample-port", bundleVersion: "1")
      )
    }
    let bulk = try store.memory(learnerID: ana.id, bundleID: "sample-port")
    #expect(bulk.states.count == 3)
    #expect(bulk == (try store.memory(learnerID: ben.id, bundleID: "sample-port")))
  }

  @Test func progressAndRecommendation() throws {
    let ana = try store.addLearner(name: "Ana", role: .caregiver, pathID: "at-home")
    try store.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "flushing"),
      in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.2.0"))
    try store.recordAnswer(
      attempt("care-fever", right: true, at: start),
      in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.2.0"))
    let report = try store.progress(learnerID: ana.id, bundle: bundle, at: start)
    let care = try #require(report.topics.first { $0.topicID == "care" })
    #expect(care.sectionsRead == 1 && care.sectionCount == 3)
    #expect(care.questionsAnswered == 1 && care.questionCount == 4)
    #expect(care.mastery == 0.25)
    let next = try store.recommendation(for: ana, bundle: bundle, at: start)
    #expect(
      next
        == .read(
          SectionKey(topicID: "care", sectionID: "signs"), topicTitle: "Caring for your port",
          sectionTitle: "Signs of infection"))
  }

  @Test func historyIsNewestFirstWithTimes() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let session = try store.startTeachingSession(
      educatorName: "Ada", learnerIDs: [ana.id], bundleID: "sample-port", bundleVersion: "1.2.0",
      pathID: nil, plannedTopicIDs: [], at: start)
    try store.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "flushing"),
      in: RecordingContext(learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.2.0"),
      at: start)
    try store.recordTopicOpened(
      "care",
      in: RecordingContext(
        learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.2.0",
        teachingSessionID: session.id), at: start.addingTimeInterval(1))
    try store.recordAnswer(
      attempt("care-fever", right: false, at: start.addingTimeInterval(2)),
      in: RecordingContext(
        learnerID: ana.id, bundleID: "sample-port", bundleVersion: "1.2.0",
        teachingSessionID: session.id))
    let history = try store.history(learnerID: ana.id, limit: 2)
    #expect(history.map(\.kind) == [.answerGiven, .topicOpened])
    #expect(history.map(\.at) == [2, 1].map { start.addingTimeInterval($0) })
    #expect(history[0].questionID == "care-fever" && history[0].tryNumber == 1)
    #expect(
      history[0].response == "b" && history[0].rating == .again && history[0].isCorrect == false)
    #expect(
      history.allSatisfy { $0.teachingSessionID == session.id && $0.bundleVersion == "1.2.0" })
    #expect(history[1].topicID == "care" && history[1].questionID == nil)
    let all = try store.history(learnerID: ana.id)
    #expect(all.map(\.kind) == [.answerGiven, .topicOpened, .sectionRead])
    #expect(all[2].teachingSessionID == nil && all[2].sectionID == "flushing")
  }

  @Test func forgetDeletesOneTopicOrEverything() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let ben = try store.addLearner(name: "Ben", role: .patient, pathID: nil)
    for learner in [ana, ben] {
      try store.recordSectionRead(
        SectionKey(topicID: "care", sectionID: "flushing"),
        in: RecordingContext(learnerID: learner.id, bundleID: "sample-port", bundleVersion: "1"))
      try store.recordSectionRead(
        SectionKey(topicID: "about", sectionID: "what"),
        in: RecordingContext(learnerID: learner.id, bundleID: "sample-port", bundleVersion: "1"))
      try store.recordAnswer(
        attempt("care-fever", right: true, at: start),
        in: RecordingContext(learnerID: learner.id, bundleID: "sample-port", bundleVersion: "1"))
      try store.recordAnswer(
        attempt("about-what", right: true, at: start),
        in: RecordingContext(learnerID: learner.id, bundleID: "sample-port", bundleVersion: "1"))
    }
    #expect(try store.forget(learnerID: ana.id, topicID: "care") == 2)
    #expect(
      try store.sectionsRead(learnerID: ana.id, bundleID: "sample-port") == [
        SectionKey(topicID: "about", sectionID: "what")
      ])
    #expect(
      try store.memory(learnerID: ana.id, bundleID: "sample-port").states.keys.sorted() == [
        "about-what"
      ])
    #expect(try store.forgetAll(learnerID: ana.id) == 2)
    #expect(try store.history(learnerID: ana.id).isEmpty)
    #expect(try store.memory(learnerID: ana.id, bundleID: "sample-port").states.isEmpty)
    #expect(try store.learner(id: ana.id) != nil)
    #expect(try store.history(learnerID: ben.id).count == 4)
    try store.removeLearner(id: ben.id)
    #expect(try store.learners().map(\.name) == ["Ana"])
  }
}
