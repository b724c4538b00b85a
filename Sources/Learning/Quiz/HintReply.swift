/// What asking for a hint gives: the author's hint, or why there is none.
package enum HintReply: Sendable, Hashable {
  /// The current question's hint, as the author wrote it.
  case hint(String)
  /// The current question has no hint.
  case noHint
  /// There is no current question.
  case quizOver
}
