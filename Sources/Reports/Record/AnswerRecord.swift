import Foundation

/// One answer a learner gave.
///
/// Quizzes show choices and steps shuffled, so a typed letter names a choice in the shuffled
/// order the learner saw; the store keeps the choices it named in the author's order. The answer
/// is given in the bundle's words (`answerText`, `choiceIndices`, `truthValue`) whenever that is
/// known: a right answer (it was then the right answer), any choice or order answer stored with
/// its choices, and true/false and short answers always. Only a wrong choice or order answer
/// stored before the choices were kept is known only as typed.
package struct AnswerRecord: Sendable, Hashable, Codable {
  package var questionID: String
  package var topicID: String
  package var prompt: String
  /// `QuestionKind.rawValue`.
  package var kind: String
  /// What the learner typed, control characters removed.
  package var response: String
  package var correct: Bool
  /// True when the learner said they did not know (`correct` is then false, but it was not a
  /// wrong answer); absent otherwise.
  package var didNotKnow: Bool?
  /// 1 for the first try in a quiz, 2 for the second ask after a miss.
  package var tryNumber: Int
  package var usedHint: Bool
  package var redFlag: Bool
  package var answeredAt: Date
  /// The answer in the bundle's words when it can be known: the chosen choices (joined by "; "),
  /// the steps in the order given (joined by " → "), "true" or "false", or the short answer.
  package var answerText: String?
  /// The chosen choices (or steps, in the order given) as 0-based indices in the author's order,
  /// when known, right or wrong.
  package var choiceIndices: [Int]?
  /// The true/false answer given, for a true/false question.
  package var truthValue: Bool?
  /// The language it was asked and answered in (`en`, `es`).
  package var language: String

  package init(
    questionID: String, topicID: String, prompt: String, kind: String, response: String,
    correct: Bool, tryNumber: Int, usedHint: Bool, redFlag: Bool, answeredAt: Date,
    answerText: String?, choiceIndices: [Int]?, truthValue: Bool?, didNotKnow: Bool = false,
    language: String = "en"
  ) {
    self.language = language
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
