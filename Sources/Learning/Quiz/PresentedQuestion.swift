import Curriculum

/// A question as shown to the learner: its choices (or steps) in display order, lettered a, b, c….
/// The learner answers with display letters; grading maps them back to the author's indices.
package struct PresentedQuestion: Sendable, Hashable {
  package var question: Question
  /// `choiceOrder[displayIndex]` is the author's index of the choice shown at that position.
  package var choiceOrder: [Int]

  /// Shows the choices in the author's order.
  package init(_ question: Question) {
    self.question = question
    self.choiceOrder = Array(question.choices.indices)
  }

  /// Shows the choices in `choiceOrder`, which must be a permutation of the choices' indices.
  package init(_ question: Question, choiceOrder: [Int]) {
    precondition(choiceOrder.sorted() == Array(question.choices.indices), "not a permutation")
    self.question = question
    self.choiceOrder = choiceOrder
  }

  /// Shuffles choices and steps with `generator`. Order questions are never shown already in the
  /// right order; choices that refer to others ("all of the above") keep the author's order.
  package init(_ question: Question, shuffledWith generator: inout some RandomNumberGenerator) {
    self.init(question)
    let count = question.choices.count
    guard count > 1, question.kind != .trueFalse else { return }
    if question.kind != .order && question.choices.contains(where: Self.refersToOtherChoices) {
      return
    }
    var order = Array(0..<count)
    order.shuffle(using: &generator)
    if case .order(let right) = question.answer, order == right {
      order.append(order.removeFirst())
    }
    choiceOrder = order
  }

  /// The choices (or steps) in display order.
  package var displayedChoices: [String] { choiceOrder.map { question.choices[$0] } }

  /// `a) First choice`, `b) Second choice`, … in display order.
  package var choiceLines: [String] {
    displayedChoices.enumerated().map { "\(Self.letter($0.offset))) \($0.element)" }
  }

  /// The display letter of the choice the author numbered `authorIndex`.
  package func letter(forAuthorIndex authorIndex: Int) -> String {
    Self.letter(choiceOrder.firstIndex(of: authorIndex) ?? authorIndex)
  }

  /// How to answer, for the shell to word.
  package var instructions: AnswerInstructions {
    AnswerInstructions(kind: question.kind, letters: letters)
  }

  /// The display letters, `a…d` for four choices: `a` when there are none, at most `a…z`
  /// (the bundle loader allows no more than 26 choices).
  package var letters: ClosedRange<Character> {
    "a"...Character(Self.letter(min(max(0, choiceOrder.count - 1), 25)))
  }

  /// The right answer as the learner sees it (display letters), for feedback after a miss.
  package var rightAnswer: RightAnswer {
    switch question.answer {
    case .choice(let index):
      return .choices([line(forAuthorIndex: index)])
    case .choices(let indices):
      return .choices(
        indices.map { (letter(forAuthorIndex: $0), $0) }.sorted { $0.0 < $1.0 }
          .map { line(forAuthorIndex: $0.1) })
    case .truth(let value):
      return .truth(value)
    case .order(let indices):
      return .steps(indices.map { letter(forAuthorIndex: $0) })
    case .text(let accepted, _):
      return .words(accepted.first ?? "")
    }
  }

  private func line(forAuthorIndex index: Int) -> String {
    guard question.choices.indices.contains(index) else { return letter(forAuthorIndex: index) }
    return "\(letter(forAuthorIndex: index))) \(question.choices[index])"
  }

  /// `a`…`z` for the first 26 positions, then the 1-based number.
  package static func letter(_ displayIndex: Int) -> String {
    guard (0..<26).contains(displayIndex) else { return String(displayIndex + 1) }
    return String(UnicodeScalar(UInt8(97 + displayIndex)))
  }

  private static func refersToOtherChoices(_ choice: String) -> Bool {
    let words = AnswerText.normalize(choice)
    return words.contains("of the above") || words.hasPrefix("both ")
      || words.hasPrefix("neither ")
  }
}
