import Foundation

/// One answer a learner gave.
///
/// Quizzes show choices and steps shuffled and keep what was typed, so a typed letter names a
/// choice in the shuffled order the learner saw. The answer can therefore be given in the bundle's
/// words (`answerText`, `choiceIndices`, `truthValue`) when it was right — it was then the right
/// answer — and for true/false and short answers always; a wrong choice or order answer is known
/// only as typed.
public struct AnswerRecord: Sendable, Hashable, Codable {
  public var questionID: String
  public var topicID: String
  public var prompt: String
  /// `QuestionKind.rawValue`.
  public var kind: String
  /// What the learner typed, control characters removed.
  public var response: String
  public var correct: Bool
  /// True when the learner said they did not know (`correct` is then false, but it was not a
  /// wrong answer); absent otherwise.
  public var didNotKnow: Bool?
  /// 1 for the first try in a quiz, 2 for the second ask after a miss.
  public var tryNumber: Int
  public var usedHint: Bool
  public var redFlag: Bool
  public var answeredAt: Date
  /// The answer in the bundle's words when it can be known: the chosen choices (joined by "; "),
  /// the steps in the order given (joined by " → "), "true" or "false", or the short answer.
  public var answerText: String?
  /// The chosen choices (or steps, in the order given) as 0-based indices in the author's order,
  /// when known.
  public var choiceIndices: [Int]?
  /// The true/false answer given, for a true/false question.
  public var truthValue: Bool?

  public init(
    questionID: String, topicID: String, prompt: String, kind: String, response: String,
    correct: Bool, tryNumber: Int, usedHint: Bool, redFlag: Bool, answeredAt: Date,
    answerText: String?, choiceIndices: [Int]?, truthValue: Bool?, didNotKnow: Bool = false
  ) {
    self.questionID = questionID
    self.topicID = topicID
    self.prompt = prompt
    self.kind = kind
    self.response = response
    self.correct = correct && !didNotKnow
    self.didNotKnow = didNotKnow ? true : nil
    self.tryNumber = tryNumber
    self.usedHint = usedHint
    self.redFlag = redFlag
    self.answeredAt = answeredAt
    self.answerText = answerText
    self.choiceIndices = choiceIndices
    self.truthValue = truthValue
  }
}
