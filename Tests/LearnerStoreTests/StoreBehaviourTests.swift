import Curriculum
import Foundation
import LearnerStore
import Learning
import TestSupport
import Testing

/// The behaviour every learner store shares, run against the SQLite file and the PostgreSQL
/// server alike (the PostgreSQL half is skipped, with a message, where it is not installed).
@Suite(.tags(.slow)) struct StoreBehaviourTests {
  let bundle = SampleBundle.make()
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  func attempt(_ questionID: String, right: Bool, at date: Date, chosen: [Int]? = nil)
    -> Attempt
  {
    let question = bundle.questions.first { $0.id == questionID }!
    return Attempt(
      questionID: questionID, topicID: question.topicID, sectionID: question.sectionID,
      response: right ? "a" : "b", isCorrect: right, tryNumber: 1, usedHint: false,
      isRedFlag: question.isRedFlag, secondsTaken: 12, rating: right ? .good : .again,
      answeredAt: date, chosenChoices: chosen)
  }

  func context(_ learner: Learner, session: Int64? = nil) -> RecordingContext {
    RecordingContext(learnerID: learner.id, manifest: bundle.manifest, teachingSessionID: session)
  }

  // MARK: - Learners

  @Test(arguments: StoreBackend.allCases) func learners(_ backend: StoreBackend) throws {
    guard let opened = try backend.makeStore() else { return }
    let store = opened.store
    let ana = try store.addLearner(name: " Ana ", role: .caregiver, pathID: "at-home")
    #expect(ana.name == "Ana" && ana.createdAt != nil)
    #expect(throws: LearnerStoreError.duplicateLearnerName("ana")) {
      try store.addLearner(name: "ana", role: .patient, pathID: nil)
    }
    #expect(throws: LearnerStoreError.invalidLearnerName) {
      try store.addLearner(name: "  ", role: .patient, pathID: nil)
    }
    #expect(throws: LearnerStoreError.controlCharacterInLearnerName(0x1B)) {
      try store.addLearner(name: "Ana\u{1B}[2J", role: .patient, pathID: nil)
    }
    let ben = try store.addLearner(name: "Ben", role: .educator, pathID: nil)
    #expect(try store.learners().map(\.name) == ["Ana", "Ben"])
    #expect(try store.learner(named: "ANA")?.id == ana.id)
    #expect(try store.learner(id: ben.id)?.name == "Ben")
    #expect(try store.learner(id: 9_999) == nil)

    let found = try store.learner(named: "ben", addingAs: .patient, pathID: nil)
    #expect(found.learner.id == ben.id && !found.added)
    let added = try store.learner(named: "Cy", addingAs: .patient, pathID: "before-surgery")
    #expect(added.added && added.learner.pathID == "before-surgery")

    #expect(throws: LearnerStoreError.duplicateLearnerName("Ben")) {
      try store.renameLearner(id: ana.id, to: "Ben")
    }
    #expect(try store.renameLearner(id: ana.id, to: "Anabel").name == "Anabel")
    try store.setRole(.patient, learnerID: ana.id)
    try store.setPath(nil, learnerID: ana.id)
    let changed = try #require(try store.learner(id: ana.id))
    #expect(changed.role == .patient && changed.pathID == nil)
    #expect(throws: LearnerStoreError.unknownLearner(9_999)) {
      try store.setRole(.patient, learnerID: 9_999)
    }

    #expect(try store.markUsed(learnerID: ben.id, at: start).lastUsedAt == start)
    _ = try store.markUsed(learnerID: ana.id, at: start.addingTimeInterval(60))
    #expect(try store.lastUsedLearner()?.id == ana.id)

    try store.removeLearner(id: ben.id)
    #expect(try store.learner(id: ben.id) == nil)
    #expect(throws: LearnerStoreError.unknownLearner(ben.id)) {
      try store.removeLearner(id: ben.id)
    }
  }

  // MARK: - Languages

  @Test(arguments: StoreBackend.allCases) func languages(_ backend: StoreBackend) throws {
    guard let opened = try backend.makeStore() else { return }
    let store = opened.store
    let ana = try store.addLearner(name: "Ana", role: .caregiver, pathID: nil)
    #expect(try store.learner(id: ana.id)?.language == nil)
    try store.setLanguage(.spanish, learnerID: ana.id)
    #expect(try store.learner(named: "ana")?.language == .spanish)
    #expect(throws: LearnerStoreError.unknownLearner(9_999)) {
      try store.setLanguage(.spanish, learnerID: 9_999)
    }
    let session = try store.startTeachingSession(
      educatorName: "Pat RN", learnerIDs: [ana.id], bundleID: bundle.manifest.id,
      bundleVersion: bundle.manifest.version, pathID: nil, plannedTopicIDs: [],
      language: .spanish, at: start)
    #expect(try store.teachingSession(id: session.id)?.language == .spanish)
    var spanish = context(ana, session: session.id)
    spanish.language = .spanish
    let question = bundle.questions[0].id
    try store.recordAnswer(attempt(question, right: true, at: start + 1), in: spanish)
    try store.recordAnswer(attempt(question, right: false, at: start + 2), in: context(ana))
    let answers = try store.attempts(learnerID: ana.id, bundleID: bundle.manifest.id)
    #expect(answers.map(\.language) == [.spanish, .english])
    #expect(
      try store.history(learnerID: ana.id, limit: 10).map(\.language).sorted {
        $0.rawValue < $1.rawValue
      } == [.english, .spanish])
    try store.setLanguage(nil, learnerID: ana.id)
    #expect(try store.learner(id: ana.id)?.language == nil)
  }

  // MARK: - Events and summaries

  @Test(arguments: StoreBackend.allCases) func eventsAndSummaries(_ backend: StoreBackend) throws {
    guard let opened = try backend.makeStore() else { return }
    let store = opened.store
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: "before-surgery")
    let topicEvent = try store.recordTopicOpened("about", in: context(ana), at: start)
    #expect(topicEvent > 0)
    try store.recordSectionRead(
      SectionKey(topicID: "about", sectionID: "what"), in: context(ana), at: start)
    try store.recordSectionRead(
      SectionKey(topicID: "about", sectionID: "why"), in: context(ana),
      at: start.addingTimeInterval(10))
    #expect(
      try store.sectionsRead(learnerID: ana.id, bundleID: "sample-port") == [
        SectionKey(topicID: "about", sectionID: "what"),
        SectionKey(topicID: "about", sectionID: "why"),
      ])
    #expect(
      try store.lastSectionRead(learnerID: ana.id, bundleID: "sample-port")
        == SectionKey(topicID: "about", sectionID: "why"))

    let first = attempt("about-what", right: true, at: start.addingTimeInterval(20), chosen: [0])
    let stored = try store.recordAnswer(first, in: context(ana))
    #expect(stored.memoryState == FSRS().review(nil, rating: .good, at: first.answeredAt))
    let second = attempt("about-what", right: false, at: start.addingTimeInterval(30))
    let again = try store.recordAnswer(second, in: context(ana))
    #expect(
      again.memoryState == FSRS().review(stored.memoryState, rating: .again, at: second.answeredAt))
    #expect(again.eventID > stored.eventID)
    try store.recordAnswers(
      [
        attempt("care-fever", right: true, at: start.addingTimeInterval(40)),
        attempt("care-fever", right: true, at: start.addingTimeInterval(50)),
      ], in: context(ana))

    let states = try store.memoryStates(learnerID: ana.id, bundleID: "sample-port")
    #expect(Set(states.keys) == ["about-what", "care-fever"])
    #expect(states["about-what"] == again.memoryState)
    #expect(states["care-fever"]?.reviewCount == 2)

    let attempts = try store.attempts(
      learnerID: ana.id, bundleID: "sample-port", redFlagQuestionIDs: ["care-fever"])
    #expect(attempts.map(\.questionID) == ["about-what", "about-what", "care-fever", "care-fever"])
    #expect(attempts[0].chosenChoices == [0] && attempts[0].response == "a")
    #expect(attempts[0].answeredAt == first.answeredAt && attempts[0].secondsTaken == 12)
    #expect(attempts.map(\.isRedFlag) == [false, false, true, true])
    #expect(
      try store.attempts(
        learnerID: ana.id, bundleID: "sample-port", from: start.addingTimeInterval(25),
        to: start.addingTimeInterval(45)
      ).count == 2)
    #expect(
      try store.answerTallies(learnerID: ana.id, bundleID: "sample-port") == [
        AnswerTally(questionID: "about-what", topicID: "about", answers: 2, correct: 1),
        AnswerTally(questionID: "care-fever", topicID: "care", answers: 2, correct: 2),
      ])

    let history = try store.history(learnerID: ana.id)
    #expect(history.count == 7)
    #expect(history.first?.questionID == "care-fever" && history.last?.kind == .topicOpened)
    #expect(try store.history(learnerID: ana.id, limit: 2).count == 2)
    let answered = try #require(history.first { $0.id == stored.eventID })
    #expect(answered.isCorrect == true && answered.rating == .good && answered.tryNumber == 1)

    let progress = try store.progress(learnerID: ana.id, bundle: bundle, at: start)
    #expect(progress.topics.count == 2)
    #expect(throws: LearnerStoreError.unknownLearner(9_999)) {
      try store.recordSectionRead(
        SectionKey(topicID: "about", sectionID: "what"),
        in: RecordingContext(learnerID: 9_999, manifest: bundle.manifest), at: start)
    }
    #expect(throws: LearnerStoreError.unknownTeachingSession(77)) {
      try store.recordAnswer(first, in: context(ana, session: 77))
    }
  }

  // MARK: - Teaching sessions and notes

  @Test(arguments: StoreBackend.allCases) func teachingSessions(_ backend: StoreBackend) throws {
    guard let opened = try backend.makeStore() else { return }
    let store = opened.store
    let sam = try store.addLearner(name: "Sam", role: .patient, pathID: nil)
    let mom = try store.addLearner(name: "Mom", role: .caregiver, pathID: nil)
    #expect(try store.openTeachingSession() == nil)
    #expect(throws: LearnerStoreError.noLearnersInSession) {
      try store.startTeachingSession(
        educatorName: "Pat", learnerIDs: [], bundleID: "sample-port", bundleVersion: "1.2.0",
        pathID: nil, plannedTopicIDs: [])
    }
    #expect(throws: LearnerStoreError.unknownLearner(9_999)) {
      try store.startTeachingSession(
        educatorName: "Pat", learnerIDs: [9_999], bundleID: "sample-port", bundleVersion: "1.2.0",
        pathID: nil, plannedTopicIDs: [])
    }
    let session = try store.startTeachingSession(
      educatorName: " Pat RN ", learnerIDs: [sam.id, mom.id, sam.id], bundleID: "sample-port",
      bundleVersion: "1.2.0", pathID: "before-surgery", plannedTopicIDs: ["about", "care"],
      relationships: [mom.id: .parent], at: start)
    #expect(session.educatorName == "Pat RN" && session.learnerIDs == [sam.id, mom.id])
    #expect(try store.openTeachingSession() == session)
    #expect(try store.teachingSession(id: session.id) == session)
    #expect(try store.relationship(ofLearner: mom.id) == .parent)
    #expect(
      throws: LearnerStoreError.sessionAlreadyOpen(
        id: session.id, educatorName: "Pat RN", startedAt: start)
    ) {
      try store.startTeachingSession(
        educatorName: "Lee", learnerIDs: [sam.id], bundleID: "sample-port",
        bundleVersion: "1.2.0", pathID: nil, plannedTopicIDs: [])
    }

    try store.recordAnswer(
      attempt("about-skin", right: true, at: start.addingTimeInterval(5)),
      in: context(sam, session: session.id))
    #expect(
      try store.attempts(learnerID: sam.id, bundleID: "sample-port", sessionID: session.id)
        .count == 1)

    let aboutSam = try store.addNote(
      "needs\tglasses\n", sessionID: session.id, learnerID: sam.id, at: start)
    #expect(aboutSam.text == "needs glasses")
    let aboutAll = try store.addNote(
      "prefers Spanish", sessionID: session.id, learnerID: nil, at: start.addingTimeInterval(1))
    #expect(throws: LearnerStoreError.emptyNote) {
      try store.addNote(" \u{1B} ", sessionID: session.id, learnerID: nil, at: start)
    }
    let outsider = try store.addLearner(name: "Out", role: .patient, pathID: nil)
    #expect(
      throws: LearnerStoreError.learnerNotInSession(learnerID: outsider.id, sessionID: session.id)
    ) {
      try store.addNote("hi", sessionID: session.id, learnerID: outsider.id, at: start)
    }
    #expect(try store.notes(learnerID: sam.id) == [aboutSam, aboutAll])
    #expect(try store.notes(learnerID: mom.id) == [aboutAll])
    #expect(try store.notes(sessionID: session.id) == [aboutSam, aboutAll])

    let ended = try store.endTeachingSession(session.id, at: start.addingTimeInterval(600))
    #expect(ended.endedAt == start.addingTimeInterval(600))
    #expect(try store.openTeachingSession() == nil)
    #expect(
      throws: LearnerStoreError.teachingSessionAlreadyEnded(
        id: session.id, endedAt: start.addingTimeInterval(600))
    ) {
      try store.endTeachingSession(session.id, at: start.addingTimeInterval(700))
    }
    #expect(throws: LearnerStoreError.unknownTeachingSession(9_999)) {
      try store.endTeachingSession(9_999, at: start)
    }
    let next = try store.startTeachingSession(
      educatorName: "Lee", learnerIDs: [sam.id], bundleID: "sample-port", bundleVersion: "1.2.0",
      pathID: nil, plannedTopicIDs: [], at: start.addingTimeInterval(900))
    #expect(try store.teachingSessions().map(\.id) == [next.id, session.id])
    #expect(try store.teachingSessions(limit: 1).map(\.id) == [next.id])
  }

  // MARK: - Forgetting

  @Test(arguments: StoreBackend.allCases) func forgetting(_ backend: StoreBackend) throws {
    guard let opened = try backend.makeStore() else { return }
    let store = opened.store
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let session = try store.startTeachingSession(
      educatorName: "Pat", learnerIDs: [ana.id], bundleID: "sample-port", bundleVersion: "1.2.0",
      pathID: nil, plannedTopicIDs: [], at: start)
    try store.recordSectionRead(
      SectionKey(topicID: "about", sectionID: "what"), in: context(ana), at: start)
    try store.recordAnswer(attempt("about-what", right: true, at: start), in: context(ana))
    try store.recordAnswer(attempt("care-fever", right: false, at: start), in: context(ana))
    try store.recordAnswer(
      attempt("care-fever", right: true, at: start.addingTimeInterval(60)), in: context(ana))
    let before = try store.memoryStates(learnerID: ana.id, bundleID: "sample-port")
    try store.rebuildMemoryStates()
    #expect(try store.memoryStates(learnerID: ana.id, bundleID: "sample-port") == before)

    #expect(try store.forget(learnerID: ana.id, topicID: "about") == 2)
    #expect(
      Set(try store.memoryStates(learnerID: ana.id, bundleID: "sample-port").keys) == ["care-fever"]
    )
    #expect(try store.sectionsRead(learnerID: ana.id, bundleID: "sample-port").isEmpty)

    try store.addNote("about Ana", sessionID: session.id, learnerID: ana.id, at: start)
    try store.addNote("about all", sessionID: session.id, learnerID: nil, at: start)
    try store.recordDemonstration(
      learnerID: ana.id, teachingSessionID: session.id, bundleID: "sample-port",
      topicID: "care", passed: true, note: "", enteredBy: "Pat", at: start)
    #expect(try store.forgetAll(learnerID: ana.id) == 2)
    #expect(try store.history(learnerID: ana.id).isEmpty)
    #expect(try store.memoryStates(learnerID: ana.id, bundleID: "sample-port").isEmpty)
    #expect(try store.notes(learnerID: ana.id).map(\.text) == ["about all"])
    #expect(try store.demonstrations(learnerID: ana.id, bundleID: "sample-port").isEmpty)
    #expect(try store.learner(id: ana.id) != nil)
  }

  // MARK: - Identity and demonstrations

  @Test(arguments: StoreBackend.allCases) func identityAndDemonstrations(_ backend: StoreBackend)
    throws
  {
    guard let opened = try backend.makeStore() else { return }
    let store = opened.store
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    #expect(try store.lastMRNSystem() == nil)
    let first = try store.addIdentity(
      PatientIdentity(
        mrn: "12345", mrnSystem: "City Hospital", birthDate: "2015-04-01", enteredBy: "Pat",
        enteredAt: start), learnerID: ana.id)
    let corrected = try store.addIdentity(
      PatientIdentity(
        mrn: "12346", mrnSystem: "City Hospital", birthDate: "2015-04-01", enteredBy: "Lee",
        enteredAt: start.addingTimeInterval(60)), learnerID: ana.id)
    #expect(try store.identityHistory(learnerID: ana.id) == [first, corrected])
    #expect(try store.lastMRNSystem() == "City Hospital")
    #expect(throws: LearnerStoreError.unknownLearner(9_999)) {
      try store.addIdentity(corrected, learnerID: 9_999)
    }

    let needsPractice = try store.recordDemonstration(
      learnerID: ana.id, teachingSessionID: nil, bundleID: "sample-port", topicID: "care",
      passed: false, note: "missed a step", enteredBy: "Pat", at: start)
    let correction = try store.recordDemonstration(
      learnerID: ana.id, teachingSessionID: nil, bundleID: "sample-port", topicID: "care",
      passed: true, note: "all steps", enteredBy: "Pat", at: start.addingTimeInterval(5),
      replacing: needsPractice.id)
    #expect(correction.replacesID == needsPractice.id)
    #expect(
      try store.demonstrations(learnerID: ana.id, bundleID: "sample-port") == [
        needsPractice, correction,
      ])
    #expect(try store.demonstration(id: correction.id) == correction)
    #expect(throws: LearnerStoreError.unknownDemonstration(9_999)) {
      try store.recordDemonstration(
        learnerID: ana.id, teachingSessionID: nil, bundleID: "sample-port", topicID: "care",
        passed: true, note: "", enteredBy: "Pat", replacing: 9_999)
    }
    #expect(throws: LearnerStoreError.unknownTeachingSession(9_999)) {
      try store.recordDemonstration(
        learnerID: ana.id, teachingSessionID: 9_999, bundleID: "sample-port", topicID: "care",
        passed: true, note: "", enteredBy: "Pat")
    }
  }

  // MARK: - Access

  @Test(arguments: StoreBackend.allCases) func accessControl(_ backend: StoreBackend) throws {
    guard let opened = try backend.makeStore() else { return }
    let store = opened.store
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    #expect(try store.accessMode() == .home)
    try store.turnOnClinicMode(passphrase: "blue heron lake", at: start)
    #expect(try store.accessMode() == .clinic)
    #expect(try !store.hasPIN(learnerID: ana.id))
    try store.setPIN("4821", learnerID: ana.id, at: start)
    #expect(try store.hasPIN(learnerID: ana.id))
    #expect(throws: LearnerStoreError.unknownLearner(9_999)) {
      try store.setPIN("4821", learnerID: 9_999, at: start)
    }

    #expect(try store.checkSecret("4821", forLearnerNamed: "ana", at: start) == .learnersPIN(ana))
    #expect(try store.checkSecret("0000", forLearnerNamed: "Ana", at: start) == .wrong)
    #expect(try store.checkSecret("0000", forLearnerNamed: "Ana", at: start) == .wrong)
    #expect(try store.secondsBeforeNextTry(at: start) >= 0)
    #expect(try store.checkPassphrase("blue heron lake", at: start))
    #expect(try store.secondsBeforeNextTry(at: start) == 0)

    try store.removePIN(learnerID: ana.id, as: .pinResetByEducator, at: start)
    #expect(try !store.hasPIN(learnerID: ana.id))
    #expect(
      try store.accessEvents(learnerID: ana.id).map(\.kind) == [
        .pinSet, .rightEntry, .wrongEntry, .wrongEntry, .pinResetByEducator,
      ])
    #expect(
      try store.accessEvents(learnerID: nil).map(\.kind) == [.clinicModeOn, .rightEntry])
    try store.turnOffClinicMode(at: start)
    #expect(try store.accessMode() == .home)
  }
}
