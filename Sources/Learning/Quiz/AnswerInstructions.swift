import Curriculum

/// How to answer a question as shown, as a value the shell words: the question's kind and the
/// letters its choices (or steps) are shown with.
public struct AnswerInstructions: Sendable, Hashable {
  public var kind: QuestionKind
  /// `a…d` for four choices; just `a` for a question without choices.
  public var letters: ClosedRange<Character>

  public init(kind: QuestionKind, letters: ClosedRange<Character>) {
    self.kind = kind
    self.letters = letters
  }
}
