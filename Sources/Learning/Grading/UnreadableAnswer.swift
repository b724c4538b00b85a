/// Why a typed line is not an answer to the current question, as a value: the shell words it
/// (so another language can word it too) and the learner tries again.
package enum UnreadableAnswer: Sendable, Hashable {
  /// A single-choice question wants one letter of `range` (or one choice's words).
  case needsOneLetter(range: ClosedRange<Character>)
  /// A multiple-choice question wants the letters of every right choice, from `range`.
  case needsLetters(range: ClosedRange<Character>)
  /// A true-or-false question wants true or false (yes or no also count).
  case needsTrueOrFalse
  /// An order question wants all `count` steps, each letter once.
  case needsEveryStep(count: Int)
  /// The words typed fit more than one choice: which one was meant? `choices` are the choices
  /// they fit, as shown (`b) Once a month`), in display order.
  case fitsSeveral(choices: [String])
  /// A short-answer question wants some words.
  case needsWords
  /// There is no current question to answer.
  case quizOver
}
