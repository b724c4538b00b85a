import Curriculum

/// A question of the bundle as the record shows it: enough to lay out a questionnaire and to read
/// an answer, without the answer key's explanations.
public struct QuestionInfo: Sendable, Hashable, Codable {
  public var id: String
  public var topicID: String
  public var sectionID: String
  /// `single`, `multiple`, `true-false`, `order` or `short` (`QuestionKind.rawValue`).
  public var kind: String
  public var prompt: String
  /// Choices or steps in the author's order (lettered a, b, c… in that order); empty otherwise.
  public var choices: [String]
  /// Safety-critical: a learner must get it right.
  public var redFlag: Bool

  public init(
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

  public init(_ question: Question) {
    self.init(
      id: question.id, topicID: question.topicID, sectionID: question.sectionID,
      kind: question.kind.rawValue, prompt: question.prompt, choices: question.choices,
      redFlag: question.isRedFlag)
  }

  public var questionKind: QuestionKind? { QuestionKind(rawValue: kind) }
}
