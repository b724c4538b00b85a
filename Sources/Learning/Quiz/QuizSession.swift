import Curriculum
import Foundation

/// A quiz in the teach-back way, as a value-type state machine: ask, and on a miss explain, then
/// ask the same question once more later in the quiz (after at least two others when there are
/// that many left), and explain it in other words if it is missed again. "I don't know" is met
/// the same way (the answer, the explanation, the question again later) but kept apart from a
/// wrong answer.
///
/// The caller shows `current` with `position`, reads a line and calls `answer(_:seconds:at:)`
/// (timing the answer itself), `hint()`, `skip()` or `stop()`, records each outcome's `attempt`,
/// and shows `summary` once `isFinished`.
package struct QuizSession: Sendable {
  /// Where the quiz is: question `number` of `total`, for the shell to word. `total` grows by
  /// one for each question that will come back after a miss.
  package struct Position: Sendable, Hashable {
    package var number: Int
    package var total: Int
    /// True when this is the second ask of a question missed earlier in the quiz.
    package var isRetry: Bool

    package init(number: Int, total: Int, isRetry: Bool) {
      self.number = number
      self.total = total
      self.isRetry = isRetry
    }
  }

  private struct Item: Sendable, Hashable {
    var index: Int
    var tryNumber: Int
    /// The first ask was answered "I don't know".
    var notKnown = false
  }

  /// How many other questions come between a miss and its second ask, when there are that many.
  package static let retryGap = 2

  package let questions: [Question]
  package let grader: AnswerGrader
  package let policy: ReviewPolicy
  package private(set) var current: PresentedQuestion?
  package private(set) var summary = QuizSummary()
  private var currentItem: Item?
  private var queue: [Item]
  private var generator: SeededGenerator
  private var asked = 0
  private var retries = 0
  private var hinted = false

  /// Starts a quiz on `questions` (in that order) with choices shuffled by a generator seeded
  /// with `seed`; the first question is `current` at once (none when `questions` is empty).
  package init(
    questions: [Question], grader: AnswerGrader = AnswerGrader(),
    policy: ReviewPolicy = ReviewPolicy(),
    seed: UInt64
  ) {
    self.questions = questions
    self.grader = grader
    self.policy = policy
    self.generator = SeededGenerator(seed: seed)
    self.queue = questions.indices.map { Item(index: $0, tryNumber: 1) }
    advance()
  }

  package var isFinished: Bool { current == nil }

  package var position: Position? {
    guard let currentItem else { return nil }
    return Position(
      number: asked, total: questions.count + retries, isRetry: currentItem.tryNumber > 1)
  }

  /// Whether a hint was asked for on the current question.
  package var hintUsed: Bool { hinted }

  // MARK: - Actions

  /// Grades `input` for the current question. `seconds` is how long the learner took; `date` is
  /// when they answered. An unreadable input changes nothing; otherwise the quiz moves on.
  package mutating func answer(_ input: String, seconds: Double, at date: Date) -> AnswerOutcome {
    guard let item = currentItem, let presented = current else {
      return .unreadable(.quizOver)
    }
    let question = presented.question
    let result = grader.grade(input, for: presented)
    if case .unreadable(let reason) = result { return .unreadable(reason) }
    let correct = result.isCorrect
    let didNotKnow = result == .didNotKnow
    let attempt = Attempt(
      questionID: question.id, topicID: question.topicID, sectionID: question.sectionID,
      response: grader.describe(input, for: presented), isCorrect: correct,
      tryNumber: item.tryNumber, usedHint: hinted,
      isRedFlag: question.isRedFlag, secondsTaken: seconds,
      rating: policy.rating(
        correct: correct, tryNumber: item.tryNumber, usedHint: hinted, seconds: seconds,
        isRedFlag: question.isRedFlag),
      answeredAt: date, didNotKnow: didNotKnow,
      chosenChoices: grader.chosenChoices(input, for: presented))
    let outcome: AnswerOutcome
    if case .correct(let acceptedAs) = result {
      settle(question, item.tryNumber == 1 ? \.rightFirstTime : \.rightSecondTry)
      outcome = .right(
        attempt, confirmation: item.tryNumber == 1 ? .right : .rightOnRetry,
        acceptedAs: acceptedAs)
    } else {
      let comesBack = item.tryNumber == 1
      let explanation: String
      if comesBack {
        queue.insert(
          Item(index: item.index, tryNumber: 2, notKnown: didNotKnow),
          at: min(Self.retryGap, queue.count))
        retries += 1
        explanation = question.explanation
      } else {
        settle(question, didNotKnow ? \.notKnown : \.missed)
        explanation = question.reexplanation.isEmpty ? question.explanation : question.reexplanation
      }
      outcome =
        didNotKnow
        ? .didNotKnow(
          attempt, explanation: explanation, rightAnswer: presented.rightAnswer,
          comesBack: comesBack)
        : .wrong(
          attempt, explanation: explanation, rightAnswer: presented.rightAnswer,
          comesBack: comesBack)
    }
    advance()
    return outcome
  }

  /// The current question's hint, or why there is none. Asking for a hint that exists makes a
  /// right answer count as `hard` for review.
  package mutating func hint() -> HintReply {
    guard let question = current?.question else { return .quizOver }
    guard let hint = question.hint, !hint.isEmpty else { return .noHint }
    hinted = true
    return .hint(hint)
  }

  /// Moves past the current question without an answer. A skipped second try counts as missed.
  package mutating func skip() {
    guard let item = currentItem else { return }
    settle(
      questions[item.index],
      item.tryNumber == 1 ? \.skipped : item.notKnown ? \.notKnown : \.missed)
    advance()
  }

  /// Ends the quiz now. Questions missed once and not yet asked again count as missed (or not
  /// known, after "I don't know"); the others left count as not asked.
  package mutating func stop() {
    guard let item = currentItem else { return }
    summary.stoppedEarly = true
    for left in [item] + queue {
      settle(
        questions[left.index],
        left.tryNumber == 1 ? \.notAsked : left.notKnown ? \.notKnown : \.missed)
    }
    queue.removeAll()
    currentItem = nil
    current = nil
  }

  // MARK: - Moving on

  private mutating func advance() {
    hinted = false
    guard !queue.isEmpty else {
      currentItem = nil
      current = nil
      return
    }
    let item = queue.removeFirst()
    currentItem = item
    current = PresentedQuestion(questions[item.index], shuffledWith: &generator)
    asked += 1
  }

  private mutating func settle(_ question: Question, _ list: WritableKeyPath<QuizSummary, [String]>)
  {
    summary[keyPath: list].append(question.id)
    guard list != \.notAsked else { return }
    let key = SectionKey(topicID: question.topicID, sectionID: question.sectionID)
    var index = summary.sections.firstIndex { $0.section == key }
    if index == nil {
      summary.sections.append(QuizSummary.SectionResult(section: key))
      index = summary.sections.count - 1
    }
    switch list {
    case \.rightFirstTime: summary.sections[index!].rightFirstTime += 1
    case \.rightSecondTry: summary.sections[index!].rightSecondTry += 1
    case \.missed: summary.sections[index!].missed += 1
    case \.notKnown: summary.sections[index!].notKnown += 1
    default: summary.sections[index!].skipped += 1
    }
  }
}
