import Curriculum
import Foundation
import TestSupport
import Testing

@testable import Learning

@Suite struct QuizSessionTests {
  let bundle = SampleBundle.make()
  let now = Date(timeIntervalSince1970: 1_800_000_000)

  func session(_ ids: [String], seed: UInt64 = 7) -> QuizSession {
    let questions = ids.map { id in bundle.questions.first { $0.id == id }! }
    return QuizSession(
      questions: questions, grader: AnswerGrader(manifest: bundle.manifest), seed: seed)
  }

  /// The display answer that is right (or wrong) for the current question.
  func answer(for presented: PresentedQuestion, right: Bool) -> String {
    switch presented.question.answer {
    case .choice(let index):
      return presented.letter(
        forAuthorIndex: right ? index : (index + 1) % presented.choiceOrder.count)
    case .choices(let set):
      return right ? set.map { presented.letter(forAuthorIndex: $0) }.joined(separator: " ") : "c"
    case .truth(let value): return right == value ? "true" : "false"
    case .order(let steps):
      let order = right ? steps : Array(steps.reversed())
      return order.map { presented.letter(forAuthorIndex: $0) }.joined()
    case .text(let accepted, _): return right ? accepted[0] : "a needle"
    }
  }

  @Test func missedQuestionIsExplainedAndComesBackAfterTwoOthers() throws {
    var quiz = session(["about-what", "about-skin", "about-why", "care-signs"])
    #expect(quiz.position == QuizSession.Position(number: 1, total: 4, isRetry: false))
    let first = try #require(quiz.current)
    guard
      case .wrong(let attempt, let explanation, let rightAnswer, let comesBack) = quiz.answer(
        answer(for: first, right: false), seconds: 12, at: now)
    else { Issue.record("expected a miss"); return }
    #expect(explanation == "Explanation of about-what.")
    guard case .choices(let lines) = rightAnswer else { Issue.record("not choices"); return }
    #expect(lines.count == 1 && lines[0].hasSuffix(") A small device under the skin"))
    #expect(comesBack)
    #expect(attempt.rating == .again && attempt.tryNumber == 1 && !attempt.isCorrect)
    #expect(quiz.position == QuizSession.Position(number: 2, total: 5, isRetry: false))

    var order: [String] = []
    while let presented = quiz.current {
      order.append(presented.question.id)
      let outcome = quiz.answer(answer(for: presented, right: true), seconds: 20, at: now)
      #expect(outcome.attempt?.isCorrect == true)
      if presented.question.id == "about-what" {
        #expect(outcome.attempt?.tryNumber == 2)
        #expect(outcome.attempt?.rating == .hard)
        guard case .right(_, let confirmation, let acceptedAs) = outcome else {
          Issue.record("not right"); return
        }
        #expect(confirmation == .rightOnRetry && acceptedAs == nil)
      }
    }
    #expect(order == ["about-skin", "about-why", "about-what", "care-signs"])
    #expect(quiz.isFinished && quiz.position == nil)
    #expect(quiz.summary.rightFirstTime == ["about-skin", "about-why", "care-signs"])
    #expect(quiz.summary.rightSecondTry == ["about-what"])
    #expect(quiz.summary.missed.isEmpty)
    #expect(quiz.summary.answeredCount == 4 && quiz.summary.questionCount == 4)
  }

  @Test func secondMissGivesTheReexplanationAndCountsAsMissed() throws {
    var quiz = session(["care-steps"])
    var outcomes: [AnswerOutcome] = []
    while let presented = quiz.current {
      outcomes.append(quiz.answer(answer(for: presented, right: false), seconds: 30, at: now))
    }
    #expect(outcomes.count == 2)
    guard case .wrong(_, let first, _, true) = outcomes[0],
      case .wrong(_, let second, _, false) = outcomes[1]
    else { Issue.record("expected two misses, the first coming back"); return }
    #expect(first == "Explanation of care-steps.")
    #expect(second == "In other words, care-steps.")
    #expect(quiz.summary.missed == ["care-steps"])
    #expect(quiz.summary.sections.first?.missed == 1)
  }

  @Test func missNearTheEndComesBackAfterWhatIsLeft() throws {
    var quiz = session(["about-what", "about-skin", "about-why"])
    _ = quiz.answer(answer(for: quiz.current!, right: true), seconds: 20, at: now)
    _ = quiz.answer(answer(for: quiz.current!, right: false), seconds: 20, at: now)
    var order: [String] = []
    while let presented = quiz.current {
      order.append(presented.question.id)
      _ = quiz.answer(answer(for: presented, right: true), seconds: 20, at: now)
    }
    #expect(order == ["about-why", "about-skin"])
  }

  @Test func unreadableInputChangesNothing() throws {
    var quiz = session(["about-what", "about-skin"])
    let before = quiz.current
    #expect(quiz.answer("x", seconds: 3, at: now) == .unreadable(.needsOneLetter(range: "a"..."d")))
    #expect(quiz.current == before)
    #expect(quiz.position == QuizSession.Position(number: 1, total: 2, isRetry: false))
  }

  @Test func hintMakesARightAnswerHard() throws {
    var quiz = session(["care-fever", "about-what"])
    #expect(quiz.hint() == .hint("A fever can mean infection."))
    #expect(quiz.hintUsed)
    let outcome = quiz.answer(answer(for: quiz.current!, right: true), seconds: 4, at: now)
    #expect(outcome.attempt?.usedHint == true)
    #expect(outcome.attempt?.rating == .hard)
    #expect(outcome.attempt?.isRedFlag == true)
    #expect(!quiz.hintUsed)
    #expect(quiz.hint() == .noHint)
    #expect(
      quiz.answer(answer(for: quiz.current!, right: true), seconds: 4, at: now).attempt?.rating
        == .easy)
  }

  @Test func skipAndStop() throws {
    var quiz = session(["about-what", "about-skin", "about-why", "care-signs", "care-fever"])
    quiz.skip()
    _ = quiz.answer(answer(for: quiz.current!, right: false), seconds: 20, at: now)  // about-skin
    _ = quiz.answer(answer(for: quiz.current!, right: true), seconds: 20, at: now)  // about-why
    #expect(quiz.current?.question.id == "care-signs")
    quiz.stop()
    #expect(quiz.isFinished)
    #expect(quiz.answer("a", seconds: 1, at: now) == .unreadable(.quizOver))
    #expect(quiz.hint() == .quizOver)
    let summary = quiz.summary
    #expect(summary.skipped == ["about-what"])
    #expect(summary.rightFirstTime == ["about-why"])
    #expect(summary.missed == ["about-skin"])
    #expect(summary.notAsked == ["care-signs", "care-fever"])
    #expect(summary.stoppedEarly)
    #expect(summary.questionCount == 5 && summary.answeredCount == 3)
    #expect(
      summary.sections == [
        {
          var about = QuizSummary.SectionResult(
            section: SectionKey(topicID: "about", sectionID: "what"))
          about.skipped = 1
          about.missed = 1
          return about
        }(),
        {
          var why = QuizSummary.SectionResult(
            section: SectionKey(topicID: "about", sectionID: "why"))
          why.rightFirstTime = 1
          return why
        }(),
      ])
  }

  @Test func skippingASecondTryCountsAsMissed() {
    var quiz = session(["about-skin"])
    _ = quiz.answer("false", seconds: 5, at: now)
    #expect(quiz.position == QuizSession.Position(number: 2, total: 2, isRetry: true))
    quiz.skip()
    #expect(quiz.summary.missed == ["about-skin"])
  }

  @Test func sameSeedSameShuffle() {
    let a = session(["about-what", "care-signs", "care-steps"], seed: 42)
    let b = session(["about-what", "care-signs", "care-steps"], seed: 42)
    #expect(a.current == b.current)
    #expect(session([]).isFinished)
  }
}

extension QuizSessionTests {
  @Test func iDontKnowIsTaughtScheduledAsAMissAndKeptApartFromWrong() throws {
    var quiz = session(["about-what", "about-skin", "about-why"])
    guard
      case .didNotKnow(let attempt, let explanation, let rightAnswer, let comesBack) = quiz.answer(
        "I don't know", seconds: 5, at: now)
    else { Issue.record("expected did-not-know"); return }
    #expect(attempt.didNotKnow && !attempt.isCorrect && attempt.rating == .again)
    #expect(attempt.response == "I don't know")
    #expect(explanation == "Explanation of about-what.")
    guard case .choices(let lines) = rightAnswer else { Issue.record("not choices"); return }
    #expect(lines.count == 1 && lines[0].hasSuffix(") A small device under the skin"))
    #expect(comesBack)
    // It comes back after the other two, and a second "not sure" settles it as not known.
    _ = quiz.answer("true", seconds: 5, at: now)
    _ = quiz.answer("catheter", seconds: 5, at: now)
    #expect(quiz.position?.isRetry == true)
    guard case .didNotKnow(_, let again, _, let back) = quiz.answer("not sure", seconds: 5, at: now)
    else { Issue.record("expected did-not-know"); return }
    #expect(again == "In other words, about-what." && !back)
    #expect(quiz.isFinished)
    #expect(quiz.summary.notKnown == ["about-what"] && quiz.summary.missed.isEmpty)
    #expect(quiz.summary.sections.first?.notKnown == 1)
  }

  @Test func stoppingBeforeANotKnownQuestionComesBackCountsItAsNotKnown() {
    var quiz = session(["about-what", "about-skin", "about-why"])
    _ = quiz.answer("?", seconds: 5, at: now)
    quiz.stop()
    #expect(quiz.summary.notKnown == ["about-what"])
    #expect(quiz.summary.missed.isEmpty)
  }
}
