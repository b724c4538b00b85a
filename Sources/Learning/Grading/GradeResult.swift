/// What a typed answer means for a question.
package enum GradeResult: Sendable, Hashable {
  /// Right. `acceptedAs` is the author's wording when the learner's differed (a forgiven typo or
  /// a synonym), so the shell can show it beside its confirmation.
  case correct(acceptedAs: String?)
  case incorrect
  /// The learner said they do not know (`I don't know`, `not sure`, `?`): not a wrong answer,
  /// but the question is taught again and scheduled as a miss.
  case didNotKnow
  /// Not an answer to this question at all (e.g. `x` for choices a–d): nothing is graded or
  /// recorded, and the reason tells how to answer so the learner can try again.
  case unreadable(UnreadableAnswer)

  package var isCorrect: Bool {
    if case .correct = self { return true }
    return false
  }
}
