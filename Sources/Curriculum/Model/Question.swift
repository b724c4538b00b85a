/// A teach-back question. Its `id` is stable across content edits: progress is keyed by it.
package struct Question: Sendable, Hashable, Identifiable {
  package var id: String
  package var topicID: String
  /// The section of `topicID` this question checks.
  package var sectionID: String
  package var kind: QuestionKind
  package var prompt: String
  /// Choices in the author's order; the author refers to them as a, b, c… in `answer`.
  package var choices: [String]
  package var answer: Answer
  package var explanation: String
  /// The same point in other words, for the second try.
  package var reexplanation: String
  package var hint: String?
  /// Safety-critical: a learner must get it right, and it comes back for review sooner.
  package var isRedFlag: Bool
  /// The manifest's warning signs (`WarningSign.id`) this question checks, if any.
  package var warningSignIDs: [String]
  /// For a short answer: words that look like a typing slip of a right answer but mean
  /// something else (`feasting` for "fasting"), so they are never forgiven as a typo.
  package var rejectedAnswers: [String]
  /// File and line of the question, for messages.
  package var file: String
  package var line: Int

  package init(
    id: String, topicID: String, sectionID: String, kind: QuestionKind, prompt: String,
    choices: [String], answer: Answer, explanation: String, reexplanation: String,
    hint: String?, isRedFlag: Bool, warningSignIDs: [String] = [], file: String, line: Int,
    rejectedAnswers: [String] = []
  ) {
    self.id = id
    self.topicID = topicID
    self.sectionID = sectionID
    self.kind = kind
    self.prompt = prompt
    self.choices = choices
    self.answer = answer
    self.explanation = explanation
    self.reexplanation = reexplanation
    self.hint = hint
    self.isRedFlag = isRedFlag
    self.warningSignIDs = warningSignIDs
    self.rejectedAnswers = rejectedAnswers
    self.file = file
    self.line = line
  }
}

package enum QuestionKind: String, Sendable, Hashable, CaseIterable {
  case singleChoice = "single"
  case multipleChoice = "multiple"
  case trueFalse = "true-false"
  case order = "order"
  case shortAnswer = "short"
}

/// The right answer. Choice indices are 0-based positions in `Question.choices`.
package enum Answer: Sendable, Hashable {
  case choice(Int)
  case choices(Set<Int>)
  case truth(Bool)
  /// The choices' indices in the right order.
  case order([Int])
  /// Accepted answers and extra synonyms for a free-text question.
  case text(accepted: [String], synonyms: [String])
}
