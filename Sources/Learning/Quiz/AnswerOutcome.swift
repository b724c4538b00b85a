/// What happened when the learner answered the current question.
package enum AnswerOutcome: Sendable, Hashable {
  /// The input was not an answer (e.g. `x` for choices a–d). Nothing was graded or recorded; the
  /// same question is still current. Tell the learner how to answer and read another answer.
  case unreadable(UnreadableAnswer)
  /// Right. `acceptedAs` is the author's wording when the learner's differed (a forgiven typo
  /// or a synonym), to show beside the confirmation.
  case right(Attempt, confirmation: Confirmation, acceptedAs: String?)
  /// Wrong. `explanation` is the question's explanation after a first miss and its
  /// re-explanation after a second; `rightAnswer` is the answer as shown;
  /// `comesBack` tells whether the question will be asked again later in this quiz.
  case wrong(Attempt, explanation: String, rightAnswer: RightAnswer, comesBack: Bool)
  /// The learner said they did not know. Met kindly with the answer and the explanation (as
  /// for `wrong`); scheduled like a miss, recorded as did-not-know (`Attempt.didNotKnow`), and
  /// the question comes back later in the quiz when `comesBack`.
  case didNotKnow(Attempt, explanation: String, rightAnswer: RightAnswer, comesBack: Bool)

  /// The attempt to record, unless the input was unreadable.
  package var attempt: Attempt? {
    switch self {
    case .unreadable: nil
    case .right(let attempt, _, _), .wrong(let attempt, _, _, _),
      .didNotKnow(let attempt, _, _, _):
      attempt
    }
  }
}
