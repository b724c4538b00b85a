import Curriculum
import Foundation
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// The way the shell drives a quiz: ask, answer, record each attempt, then show the summary and
/// the progress that the store derives.
@Suite struct QuizRecordingTests {
  @Test func quizAnswersAreRecordedAndShowInProgress() throws {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let bundle = SampleBundle.make()
    let learner = try store.addLearner(name: "Ana", role: .caregiver, pathID: "at-home")
    var quiz = QuizSession(
      questions: try QuizScope.topic("care").questions(in: bundle),
      grader: AnswerGrader(manifest: bundle.manifest), seed: 11)
    var now = Date(timeIntervalSince1970: 1_800_000_000)
    // The first question (the flushing steps): unreadable, then wrong (with an escape sequence
    // that must not be stored), then every answer right.
    let wrong = wrongOrder(try #require(quiz.current))
    var typed = ["x", "\u{1B}[" + wrong]
    while let presented = quiz.current {
      let input = typed.isEmpty ? rightAnswer(presented) : typed.removeFirst()
      let outcome = quiz.answer(input, seconds: 14, at: now)
      if let attempt = outcome.attempt {
        try store.recordAnswer(
          attempt,
          in: RecordingContext(
            learnerID: learner.id, bundleID: bundle.manifest.id,
            bundleVersion: bundle.manifest.version))
      }
      now.addTimeInterval(20)
    }

    #expect(quiz.summary.rightFirstTime.count == 3)
    #expect(quiz.summary.rightSecondTry == ["care-steps"])
    let history = try store.history(learnerID: learner.id, limit: 100)
    #expect(history.filter { $0.kind == .answerGiven }.count == 5)
    // Stored without the escape, with the steps named spelled out after the letters.
    let stored = try #require(history.first { $0.isCorrect == false }?.response)
    #expect(stored.hasPrefix("[" + wrong + " — "))
    #expect(!stored.unicodeScalars.contains("\u{1B}"))
    let care = try #require(
      try store.progress(learnerID: learner.id, bundle: bundle, at: now).topics.first {
        $0.topicID == "care"
      })
    #expect(care.questionsAnswered == 4)
    #expect((care.mastery ?? 0) > 0.99)
  }

  @Test func didNotKnowIsStoredAsSuchAndScheduledAsAMiss() throws {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let bundle = SampleBundle.make()
    let learner = try store.addLearner(name: "Ana", role: .caregiver, pathID: "at-home")
    var quiz = QuizSession(
      questions: try QuizScope.topic("about").questions(in: bundle),
      grader: AnswerGrader(bundle: bundle), seed: 11)
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let context = RecordingContext(
      learnerID: learner.id, bundleID: bundle.manifest.id, bundleVersion: bundle.manifest.version)
    let outcome = quiz.answer("no idea", seconds: 9, at: now)
    let attempt = try #require(outcome.attempt)
    try store.recordAnswer(attempt, in: context)
    let wrong = quiz.answer(wrongAnswer(try #require(quiz.current)), seconds: 9, at: now)
    try store.recordAnswer(try #require(wrong.attempt), in: context)

    let history = try store.history(learnerID: learner.id, limit: 10)
    #expect(history.map(\.didNotKnow) == [false, true])
    let read = try store.attempts(learnerID: learner.id, bundleID: bundle.manifest.id)
    #expect(read.map(\.didNotKnow) == [true, false])
    #expect(read.map(\.isCorrect) == [false, false])
    #expect(read[0].rating == .again && read[0].response == "no idea")
    let memory = try store.memory(learnerID: learner.id, bundleID: bundle.manifest.id)
    #expect(memory.states[attempt.questionID]?.lastRating == .again)
    #expect(memory.states[attempt.questionID]?.reviewCount == 1)
  }

  func wrongAnswer(_ presented: PresentedQuestion) -> String {
    switch presented.question.answer {
    case .truth(let value): value ? "no" : "yes"
    case .text: "a needle"
    case .choice(let index): presented.letter(forAuthorIndex: (index + 1) % 2)
    default: "a"
    }
  }

  func wrongOrder(_ presented: PresentedQuestion) -> String {
    guard case .order(let steps) = presented.question.answer else { return "" }
    return steps.reversed().map { presented.letter(forAuthorIndex: $0) }.joined()
  }

  func rightAnswer(_ presented: PresentedQuestion) -> String {
    switch presented.question.answer {
    case .choice(let index): presented.letter(forAuthorIndex: index)
    case .choices(let set): set.map { presented.letter(forAuthorIndex: $0) }.joined(separator: ",")
    case .truth(let value): value ? "yes" : "no"
    case .order(let steps): steps.map { presented.letter(forAuthorIndex: $0) }.joined()
    case .text(let accepted, _): accepted[0]
    }
  }

  @Test func theChoicesAnAnswerNamedAreKeptInTheAuthorsOrder() throws {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let bundle = SampleBundle.make()
    let learner = try store.addLearner(name: "Ana", role: .caregiver, pathID: nil)
    let context = RecordingContext(
      learnerID: learner.id, bundleID: bundle.manifest.id, bundleVersion: bundle.manifest.version)
    let at = Date(timeIntervalSince1970: 1_800_000_000)
    func attempt(_ id: String, chosen: [Int]?, seconds: Double) -> Attempt {
      Attempt(
        questionID: id, topicID: "care", sectionID: "signs", response: "b c", isCorrect: false,
        tryNumber: 1, usedHint: false, isRedFlag: false, secondsTaken: 9, rating: .again,
        answeredAt: at.addingTimeInterval(seconds), chosenChoices: chosen)
    }
    try store.recordAnswers(
      [
        attempt("care-signs", chosen: [1, 2], seconds: 0),
        attempt("care-why", chosen: nil, seconds: 1),
      ],
      in: context)
    let read = try store.attempts(learnerID: learner.id, bundleID: bundle.manifest.id)
    #expect(read.map(\.chosenChoices) == [[1, 2], nil])
  }
}
