import Foundation
import Learning
import Reports
import TestSupport
import Testing

@Suite("Education record builder")
struct EducationRecordTests {
  let record = SampleSession.record()

  private func topic(_ learner: Int, _ id: String) throws -> TopicRecord {
    try #require(record.learners[learner].topics.first { $0.id == id })
  }

  @Test func keepsTheBundleAndTheSession() throws {
    #expect(record.bundle.id == "sample-port")
    #expect(record.bundle.version == "1.2.0")
    #expect(record.generatedAt == SampleSession.generatedAt)
    let session = try #require(record.session)
    #expect(session.educatorName == "Ada Okafor, RN")
    #expect(session.durationSeconds == 45 * 60)
    #expect(session.path?.title == "Before surgery")
    #expect(session.plannedTopics.map(\.id) == ["about", "care"])
    #expect(session.notes.map(\.at) == session.notes.map(\.at).sorted(), "notes in time order")
    #expect(record.questions.count == SampleSession.bundle.questions.count)
  }

  @Test func patientUnderstoodAfterReteaching() throws {
    let learner = record.learners[0]
    #expect(learner.name == "Sam Rivera")
    #expect(learner.role == "patient")
    #expect(learner.path?.id == "before-surgery")
    let about = try topic(0, "about")
    #expect(about.outcome == .understoodAfterReteaching)
    #expect(about.sectionsRead == 2 && about.sectionCount == 2)
    #expect(about.questionsAnswered == 3 && about.questionCount == 3)
    #expect(about.rightFirstTry == 2 && about.rightAfterRetry == 1 && about.missedCount == 0)
    #expect(about.mastery != nil)
    let care = try topic(0, "care")
    #expect(care.outcome == .partlyUnderstood, "1 of 4 questions asked, and right")
    #expect(care.sectionsRead == 1 && care.sectionCount == 3)
    #expect(care.questionsAnswered == 1 && care.questionCount == 4)
    #expect(learner.review.questions.isEmpty)
    #expect(learner.review.topics.isEmpty)
    #expect(learner.review.notAllAsked.map(\.id) == ["care"])
    #expect(learner.redFlagsMissed.isEmpty, "the red flag was right the first time")
  }

  @Test func parentNeedsReviewWithTheRedFlagFirst() throws {
    let learner = record.learners[1]
    let care = try topic(1, "care")
    #expect(care.outcome == .needsReview)
    #expect(care.questionsAnswered == 4)
    #expect(care.rightFirstTry == 2 && care.missedCount == 2)
    #expect(care.missed.map(\.id) == ["care-fever", "care-signs"])
    #expect(care.missed.first?.redFlag == true)
    #expect(learner.review.questions.map(\.id) == ["care-fever", "care-signs"])
    #expect(learner.review.topics.map(\.id) == ["care"])
    #expect(learner.review.notYetChecked.map(\.id) == ["about"])
    #expect(learner.redFlagsMissed.map(\.id) == ["care-fever"])
    #expect(learner.redFlagsMissed.first?.laterRight == false)
    #expect(learner.redFlagsMissed.first?.missedAt == SampleSession.minute(22))
  }

  @Test func aRedFlagMissedThenRightIsStillListedFirst() throws {
    let attempts = [
      SampleSession.attempt("care-fever", "a", correct: false, at: 10),
      SampleSession.attempt("care-fever", "b", correct: true, try: 2, at: 12),
    ]
    let record = EducationRecord(
      bundle: SampleSession.bundle,
      learners: [SampleSession.activity(SampleSession.patient, attempts, read: [])],
      session: SampleSession.session(), generatedAt: SampleSession.generatedAt)
    let learner = record.learners[0]
    #expect(learner.redFlagsMissed.map(\.id) == ["care-fever"])
    #expect(learner.redFlagsMissed.first?.laterRight == true)
    #expect(learner.topics.first { $0.id == "care" }?.outcome == .partlyUnderstood)
    let markdown = try ReportFormat.md.render(record, timeZone: .gmt)
    let flags = try #require(markdown.range(of: "### Red flags missed"))
    let table = try #require(markdown.range(of: "| Topic |"))
    #expect(flags.lowerBound < table.lowerBound, "listed before the topics")
    #expect(markdown.contains("missed 29 Nov 2026, 09:10; right later"))
  }

  @Test func aLearnersRecordWeighsEveryAnswerEverGiven() throws {
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [SampleSession.patientActivity], session: nil,
      generatedAt: SampleSession.generatedAt)
    #expect(
      record.learners[0].topics.first { $0.id == "about" }?.outcome
        == .understoodAfterReteaching)
  }

  @Test func onlyAnswersInTheSessionCount() throws {
    let about = try topic(1, "about")
    #expect(about.outcome == .notAssessed, "the answer from the day before is outside the session")
    #expect(about.questionsAnswered == 0)
    #expect(about.mastery != nil, "mastery still reflects every answer ever given")
    #expect(record.learners[1].answers.count == 5)
    #expect(record.learners[1].answers.allSatisfy { $0.answeredAt >= SampleSession.start })
  }

  @Test func answersAreInTimeOrderAndReadInTheBundlesWords() throws {
    let answers = record.learners[0].answers
    #expect(answers.map(\.answeredAt) == answers.map(\.answeredAt).sorted())
    let fever = try #require(answers.first { $0.questionID == "care-fever" })
    #expect(fever.answerText == "Call your care team now")
    #expect(fever.choiceIndices == [1])
    #expect(fever.usedHint)
    let skin = try #require(answers.first { $0.questionID == "about-skin" })
    #expect(skin.truthValue == true)
    let parentAnswers = record.learners[1].answers
    let signs = try #require(parentAnswers.first { $0.questionID == "care-signs" })
    #expect(signs.answerText == nil, "a wrong choice answer is known only as typed")
    #expect(signs.response == "a b")
    let steps = try #require(parentAnswers.first { $0.questionID == "care-steps" })
    let order = "Wash your hands → Clean the skin → Connect the syringe → Flush slowly"
    #expect(steps.answerText == order)
  }

  @Test func aLearnerWithoutPathOrActivitySeesEveryTopic() {
    let learner = Learner(id: 1, name: "New", role: .patient, pathID: nil)
    let record = EducationRecord(
      bundle: SampleSession.bundle,
      learners: [
        LearnerActivity(learner: learner, sectionsRead: [], memory: LearnerMemory(), attempts: [])
      ],
      session: nil, generatedAt: SampleSession.generatedAt)
    #expect(record.session == nil)
    #expect(record.learners[0].topics.map(\.id) == ["about", "care"])
    #expect(
      record.learners[0].topics.allSatisfy { $0.outcome == .notAssessed && $0.mastery == nil })
  }

  @Test func withoutSessionEveryAttemptCountsAndTheLearnersPathIsTheScope() throws {
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [SampleSession.parentActivity], session: nil,
      generatedAt: SampleSession.generatedAt)
    let learner = record.learners[0]
    #expect(learner.answers.count == 6)
    #expect(
      learner.topics.map(\.id) == ["about", "care"], "path (care) plus topics answered (about)")
    #expect(learner.topics[0].outcome == .needsReview)
  }

  @Test func controlCharactersAreRemovedFromNamesNotesAndResponses() {
    let learner = Learner(id: 1, name: "Ev\u{1B}[31mil\u{202E}", role: .patient, pathID: nil)
    var attempt = SampleSession.attempt("about-why", "cath\u{07}eter", correct: true, at: 1)
    attempt.response = "cath\u{07}eter"
    var session = SampleSession.session()
    session.notes = [RecordNote(at: SampleSession.minute(1), text: "bell\u{07}\u{1B}]0;x")]
    let record = EducationRecord(
      bundle: SampleSession.bundle,
      learners: [
        LearnerActivity(
          learner: learner, sectionsRead: [], memory: LearnerMemory(), attempts: [attempt])
      ],
      session: session, generatedAt: SampleSession.generatedAt)
    #expect(record.learners[0].name == "Ev[31mil")
    #expect(record.learners[0].answers[0].response == "catheter")
    #expect(record.session?.notes[0].text == "bell]0;x")
  }

  @Test func anOpenSessionRunsToTheRecordTime() throws {
    let record = SampleSession.record(ended: false)
    #expect(record.session?.endedAt == nil)
    #expect(record.session?.durationSeconds == nil)
    #expect(record.learners[1].answers.count == 5)
  }
}
