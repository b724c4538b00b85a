/// Which kind of right answer the learner gave, for the shell to confirm in its own words.
package enum Confirmation: Sendable, Hashable, CaseIterable {
  /// Right on the first ask of the question in this quiz.
  case right
  /// Right on the second ask, after a miss earlier in the quiz.
  case rightOnRetry
}
