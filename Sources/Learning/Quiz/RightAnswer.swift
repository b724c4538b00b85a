/// The right answer as the learner saw the question (display letters), for the shell to word
/// after a miss.
package enum RightAnswer: Sendable, Hashable {
  /// The right choices as shown, in display order: `["b) Soft silicone"]`.
  case choices([String])
  /// The right value of a true-or-false statement.
  case truth(Bool)
  /// The steps' display letters in the right order: `["b", "c", "a", "d"]`.
  case steps([String])
  /// The author's first accepted wording of a short answer.
  case words(String)
}
