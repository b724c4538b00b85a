import Curriculum

/// A question of the bundle as the record shows it: enough to lay out a questionnaire and to read
/// an answer, without the answer key's explanations.
package struct QuestionInfo: Sendable, Hashable, Codable {
  package var id: String
  package var topicID: String
  package var sectionID: String
  /// `single`, `multiple`, `true-false`, `order` or `short` (`QuestionKind.rawValue`).
  package var kind: String
  package var prompt: String
  /// Choices or steps in the author's order (lettered a, b, c… in that order); empty otherwise.
  package var choices: [String]
  /// Safety-critical: a learner must get it right.
  package var redFlag: Bool

  package init(
    id: String, topicID: String, sectionID: String, kind: String, prompt: String,
    choices: [String], redFlag: Bool
  ) {
    self.id = id
    self.topicID = topicID
    self.sectionID = sectionID
    self.kind = kind
    self.prompt = prompt
    self.choices = choices
    self.redFlag = redFlag
  }

  package init(_ question: Question) {
    self.init(
      id: question.id, topicID: question.topicID, sectionID: question.sectionID,
      kind: question.kind.rawValue, prompt: question.prompt, choices: question.choices,
      redFlag: question.isRedFlag)
  }

  package var questionKind: QuestionKind? { QuestionKind(rawValue: kind) }
}
