import Curriculum

/// How to answer a question as shown, as a value the shell words: the question's kind and the
/// letters its choices (or steps) are shown with.
package struct AnswerInstructions: Sendable, Hashable {
  package var kind: QuestionKind
  /// `a…d` for four choices; just `a` for a question without choices.
  package var letters: ClosedRange<Character>

  package init(kind: QuestionKind, letters: ClosedRange<Character>) {
    self.kind = kind
    self.letters = letters
  }
}
