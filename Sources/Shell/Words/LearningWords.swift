import Curriculum
import Learning

// The words the shell shows for the values the Learning module returns, from the message
// catalogues (`Catalogues/*.messages`) in the language asked for. Learning never forms a
// sentence; everything a person reads about a quiz, an answer or a recommendation is worded here.
// Content from the bundle (hints, prompts, titles, the author's answers) is passed through as
// it is; the caller sanitises it with the rest of the line.

// MARK: - Quiz

extension QuizSession.Position {
  /// `Question 3 of 10`, or `Question 4 of 10 (second try)` for a question asked again.
  func words(in language: Language) -> String {
    let message: ShellMessage =
      isRetry
      ? .quizPositionRetry(number: "\(number)", total: "\(total)")
      : .quizPosition(number: "\(number)", total: "\(total)")
    return message.text(in: language).plainText
  }
}

extension AnswerInstructions {
  /// How to answer, in one short sentence: `Answer with one letter, a–d.`
  func words(in language: Language) -> String {
    let message: ShellMessage =
      switch kind {
      case .singleChoice: .answerOneLetter(letters: "\(letters.words)")
      case .multipleChoice: .answerEveryLetter
      case .trueFalse: .answerTrueOrFalse
      case .order: .answerInOrder(example: "\(backwardsLetters(letters.letterCount))")
      case .shortAnswer: .answerInWords
      }
    return message.text(in: language).plainText
  }
}

extension UnreadableAnswer {
  /// How to answer instead, in one sentence: `Please answer with one letter, a–d.`
  func words(in language: Language) -> String {
    let message: ShellMessage =
      switch self {
      case .needsOneLetter(let range): .unreadableNeedsOneLetter(letters: "\(range.words)")
      case .needsLetters(let range): .unreadableNeedsLetters(letters: "\(range.words)")
      case .needsTrueOrFalse: .unreadableNeedsTrueOrFalse
      case .needsEveryStep(let count):
        .unreadableNeedsEveryStep(steps: "\(count)", example: "\(backwardsLetters(count))")
      case .fitsSeveral(let choices):
        .unreadableFitsSeveral(choices: "\(choices.joined(separator: "; "))")
      case .needsWords: .unreadableNeedsWords
      case .quizOver: .quizOver
      }
    return message.text(in: language).plainText
  }
}

extension Confirmation {
  /// `Right.` or `Right this time.`; with the author's wording when the learner's differed:
  /// `Right — “catheter”.`
  func words(acceptedAs: String?, in language: Language) -> String {
    let message: ShellMessage =
      switch (self, acceptedAs) {
      case (.right, nil): .confirmRight
      case (.right, let words?): .confirmRightAs(words: "\(words)")
      case (.rightOnRetry, nil): .confirmRightThisTime
      case (.rightOnRetry, let words?): .confirmRightThisTimeAs(words: "\(words)")
      }
    return message.text(in: language).plainText
  }
}

extension RightAnswer {
  /// The right answer after a miss: `b) Soft silicone`, `a) Redness; d) Fever`, `true`,
  /// `b, c, a, d` or the author's words.
  func words(in language: Language) -> String {
    switch self {
    case .choices(let lines): lines.joined(separator: "; ")
    case .truth(let value):
      (value ? ShellMessage.answerTrue : .answerFalse).text(in: language).plainText
    case .steps(let letters): letters.joined(separator: ", ")
    case .words(let text): text
    }
  }

  /// The kind reply to "I don't know": `That's OK — here is the answer: b) Soft silicone`.
  func didNotKnowWords(in language: Language) -> String {
    ShellMessage.didNotKnowAnswer(answer: "\(words(in: language))").text(in: language).plainText
  }
}

extension HintReply {
  /// The author's hint, or a plain line saying why there is none.
  func words(in language: Language) -> String {
    switch self {
    case .hint(let hint): hint
    case .noHint: ShellMessage.hintNone.text(in: language).plainText
    case .quizOver: ShellMessage.quizOver.text(in: language).plainText
    }
  }
}

extension QuizSummary {
  /// E.g. `7 of 10 right the first time, 2 on the second try, 1 missed, 1 not known yet.`
  func headline(in language: Language) -> String {
    var parts: [ShellMessage] = [
      .headlineFirstTime(right: "\(rightFirstTime.count)", answered: "\(answeredCount)")
    ]
    if !rightSecondTry.isEmpty { parts.append(.headlineSecondTry(count: rightSecondTry.count)) }
    if !missed.isEmpty { parts.append(.headlineMissed(count: missed.count)) }
    if !notKnown.isEmpty { parts.append(.headlineNotKnown(count: notKnown.count)) }
    if !skipped.isEmpty { parts.append(.headlineSkipped(count: skipped.count)) }
    if !notAsked.isEmpty { parts.append(.headlineNotAsked(count: notAsked.count)) }
    return parts.map { $0.text(in: language).plainText }.joined(separator: ", ") + "."
  }
}

// MARK: - Progress

extension Recommendation {
  /// What to do next and why, in one or two sentences.
  func reason(in language: Language) -> String {
    let message: ShellMessage
    switch self {
    case .read(_, let topic, let section):
      message = .reasonRead(section: "\(section)", topic: "\(topic)")
    case .review(let ids, let redFlags):
      let warning =
        redFlags == 0 || redFlags == ids.count
        ? "" : ShellMessage.reasonReviewWarningSigns(count: redFlags).text(in: language).plainText
      let due = ReviewWords.dueCount(ids.count, redFlags: redFlags, in: language)
      message = .reasonReview(due: "\(due)", warningSigns: "\(warning)")
    case .practise(_, let topic, let mastery):
      message = .reasonPractise(topic: "\(topic)", percent: "\(Int((mastery * 100).rounded()))")
    case .allDone:
      message = .reasonAllDone
    }
    return message.text(in: language).plainText
  }
}

extension LearningError {
  /// What went wrong and what to check, in one sentence.
  func words(in language: Language) -> String {
    let message: ShellMessage =
      switch self {
      case .unknownTopic(let id): .errorUnknownTopic(id: "\(id)")
      case .unknownPath(let id): .errorUnknownPath(id: "\(id)")
      }
    return message.text(in: language).plainText
  }
}

// MARK: - Learners

extension LearnerRole {
  /// How the role reads in a sentence or a list: `parent or caregiver`.
  func title(in language: Language) -> String {
    let message: ShellMessage =
      switch self {
      case .patient: .rolePatient
      case .caregiver: .roleCaregiver
      case .educator: .roleEducator
      }
    return message.text(in: language).plainText
  }
}

// MARK: - Letters

extension ClosedRange<Character> {
  /// `a–d`.
  fileprivate var words: String { "\(lowerBound)–\(upperBound)" }

  /// How many letters the range holds: 4 for `a…d`.
  fileprivate var letterCount: Int {
    Int(upperBound.asciiValue ?? 0) - Int(lowerBound.asciiValue ?? 0) + 1
  }
}

/// The first `count` display letters backwards, `d c b a`: a well-formed example of an order
/// that never hints at the right one.
private func backwardsLetters(_ count: Int) -> String {
  (0..<max(0, count)).reversed().map(PresentedQuestion.letter).joined(separator: " ")
}
