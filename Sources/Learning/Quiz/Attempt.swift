import Curriculum
import Foundation
import Markdown

/// One answer given in a quiz: what the store records and FSRS folds into the memory state.
package struct Attempt: Sendable, Hashable {
  package var questionID: String
  package var topicID: String
  package var sectionID: String
  /// The learner's words as typed: at most `AnswerText.maximumLength` characters, without the
  /// characters `TextSanitizer.isForbidden` names (so a stored answer can never drive a
  /// terminal).
  package var response: String
  package var isCorrect: Bool
  /// True when the learner said they did not know (`I don't know`, `not sure`, `?`): not right,
  /// and not a wrong answer either. It is scheduled like a miss (`rating` is `again`), and
  /// records chart it as "did not know".
  package var didNotKnow: Bool
  /// 1 for the first try at the question in this quiz, 2 when it came back after a miss.
  package var tryNumber: Int
  package var usedHint: Bool
  package var isRedFlag: Bool
  /// Seconds from showing the question to the answer, as measured by the caller.
  package var secondsTaken: Double
  package var rating: ReviewRating
  package var answeredAt: Date
  /// For a choice or order question, the choices (or steps, in the order given) the learner
  /// named, as indices in the author's order, whatever the shuffle showed; nil otherwise, and
  /// for answers stored before it was kept.
  package var chosenChoices: [Int]?
  /// The language it was asked and answered in (as stored; the shell records its own).
  package var language: Language = .english

  package init(
    questionID: String, topicID: String, sectionID: String, response: String, isCorrect: Bool,
    tryNumber: Int, usedHint: Bool, isRedFlag: Bool, secondsTaken: Double, rating: ReviewRating,
    answeredAt: Date, didNotKnow: Bool = false, chosenChoices: [Int]? = nil
  ) {
    self.questionID = questionID
    self.topicID = topicID
    self.sectionID = sectionID
    self.response = TextSanitizer.removingForbidden(
      String(response.prefix(AnswerText.maximumLength)))
    self.isCorrect = isCorrect && !didNotKnow
    self.didNotKnow = didNotKnow
    self.tryNumber = tryNumber
    self.usedHint = usedHint
    self.isRedFlag = isRedFlag
    self.secondsTaken = secondsTaken
    self.rating = rating
    self.answeredAt = answeredAt
    self.chosenChoices = didNotKnow ? nil : chosenChoices
  }
}
