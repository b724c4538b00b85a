import Curriculum
import Learning

// The English the shell shows for the values the Learning module returns. Learning never
// forms a sentence; everything a person reads about a quiz, an answer or a recommendation is
// worded here, so a translated edition can word the same values from its own catalogue.
// Content from the bundle (hints, prompts, titles, the author's answers) is passed through as
// it is; the caller sanitises it with the rest of the line.

// MARK: - Quiz

extension QuizSession.Position {
  /// `Question 3 of 10`, or `Question 4 of 10 (second try)` for a question asked again.
  var words: String {
    "Question \(number) of \(total)" + (isRetry ? " (second try)" : "")
  }
}

extension AnswerInstructions {
  /// How to answer, in one short sentence: `Answer with one letter, a–d.`
  var words: String {
    switch kind {
    case .singleChoice: "Answer with one letter, \(letters.words), or in your own words."
    case .multipleChoice: "Answer with every letter that applies, for example “a c”."
    case .trueFalse: "Answer true or false."
    case .order:
      "Put the steps in order with their letters, for example “\(backwardsLetters(letters.letterCount))”."
    case .shortAnswer: "Answer in a few words."
    }
  }
}

extension UnreadableAnswer {
  /// How to answer instead, in one sentence: `Please answer with one letter, a–d.`
  var words: String {
    switch self {
    case .needsOneLetter(let range):
      "Please answer with one letter, \(range.words), or the words of one choice."
    case .needsLetters(let range):
      "Please answer with the letters of every right choice (\(range.words)), for example “a c”."
    case .needsTrueOrFalse:
      "Please answer true or false (yes or no also works), or say “I don't know”."
    case .needsEveryStep(let count):
      "Please give all \(count) steps in order, each letter once, "
        + "for example “\(backwardsLetters(count))”."
    case .fitsSeveral(let choices):
      "That fits more than one choice: \(choices.joined(separator: "; ")). "
        + "Which one did you mean? Type its letter."
    case .needsWords:
      "Please type your answer in a few words."
    case .quizOver:
      "The quiz is over."
    }
  }
}

extension Confirmation {
  /// `Right.` or `Right this time.`; with the author's wording when the learner's differed:
  /// `Right — “catheter”.`
  func words(acceptedAs: String?) -> String {
    let right =
      switch self {
      case .right: "Right"
      case .rightOnRetry: "Right this time"
      }
    return acceptedAs.map { "\(right) — “\($0)”." } ?? right + "."
  }
}

extension RightAnswer {
  /// The right answer after a miss: `b) Soft silicone`, `a) Redness; d) Fever`, `true`,
  /// `b, c, a, d` or the author's words.
  var words: String {
    switch self {
    case .choices(let lines): lines.joined(separator: "; ")
    case .truth(let value): value ? "true" : "false"
    case .steps(let letters): letters.joined(separator: ", ")
    case .words(let text): text
    }
  }
}

extension RightAnswer {
  /// The kind reply to "I don't know": `That's OK — here is the answer: b) Soft silicone`.
  var didNotKnowWords: String { "That's OK — here is the answer: \(words)" }
}

extension HintReply {
  /// The author's hint, or a plain line saying why there is none.
  var words: String {
    switch self {
    case .hint(let hint): hint
    case .noHint: "There is no hint for this question."
    case .quizOver: "The quiz is over."
    }
  }
}

extension QuizSummary {
  /// E.g. `7 of 10 right the first time, 2 on the second try, 1 missed, 1 not known yet.`
  var headline: String {
    var parts = ["\(rightFirstTime.count) of \(answeredCount) right the first time"]
    if !rightSecondTry.isEmpty { parts.append("\(rightSecondTry.count) on the second try") }
    if !missed.isEmpty { parts.append("\(missed.count) missed") }
    if !notKnown.isEmpty { parts.append("\(notKnown.count) not known yet") }
    if !skipped.isEmpty { parts.append("\(skipped.count) skipped") }
    if !notAsked.isEmpty { parts.append("\(notAsked.count) not asked") }
    return parts.joined(separator: ", ") + "."
  }
}

// MARK: - Progress

extension Recommendation {
  /// What to do next and why, in one or two sentences.
  var reason: String {
    switch self {
    case .read(_, let topic, let section):
      return "Read “\(section)” in “\(topic)”: it is the next part you have not read yet."
    case .review(let ids, let redFlags):
      let warning =
        redFlags == 0 || redFlags == ids.count
        ? ""
        : ", \(redFlags) of them about warning signs (\(redFlags == 1 ? "it comes" : "they come") first)"
      return
        "Review: \(ReviewWords.dueCount(ids.count, redFlags: redFlags, in: .english))\(warning). "
        + "Answering now, just as memory starts to fade, makes it last longer."
    case .practise(_, let topic, let mastery):
      return "Practise “\(topic)”: it is your least secure topic "
        + "(\(Int((mastery * 100).rounded()))% remembered)."
    case .allDone:
      return "All done for now: you have read everything and nothing is due for review."
    }
  }
}

extension LearningError {
  /// What went wrong and what to check, in one sentence.
  var words: String {
    switch self {
    case .unknownTopic(let id):
      "There is no topic “\(id)” in this bundle; check the spelling against the list of topics."
    case .unknownPath(let id):
      "There is no learning path “\(id)” in this bundle; check the spelling against the list of paths."
    }
  }
}

// MARK: - Learners

extension LearnerRole {
  /// How the role reads in a sentence or a list: `parent or caregiver`.
  var title: String {
    switch self {
    case .patient: "patient"
    case .caregiver: "parent or caregiver"
    case .educator: "nurse educator"
    }
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
