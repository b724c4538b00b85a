import Curriculum
import Foundation
import Learning

/// One stored event, as the history lists it. Fields a kind does not use are `nil`.
package struct LearnerEvent: Sendable, Hashable, Identifiable {
  package var id: Int64
  package var learnerID: Int64
  package var kind: EventKind
  package var at: Date
  package var bundleID: String
  package var bundleVersion: String
  /// The teaching session this event was recorded in (`TeachingSession.id`), or nil outside one.
  package var teachingSessionID: Int64?
  package var topicID: String?
  package var sectionID: String?
  package var questionID: String?
  package var response: String?
  package var isCorrect: Bool?
  package var rating: ReviewRating?
  package var secondsTaken: Double?
  package var tryNumber: Int?
  package var usedHint: Bool?
  /// For an answer: true when the learner said they did not know.
  package var didNotKnow: Bool? = nil
  /// The language it happened in.
  package var language: Language = .english

  package init(
    id: Int64, learnerID: Int64, kind: EventKind, at: Date, bundleID: String,
    bundleVersion: String, teachingSessionID: Int64?, topicID: String?, sectionID: String?,
    questionID: String?, response: String?, isCorrect: Bool?, rating: ReviewRating?,
    secondsTaken: Double?, tryNumber: Int?, usedHint: Bool?, didNotKnow: Bool? = nil,
    language: Language = .english
  ) {
    self.id = id
    self.learnerID = learnerID
    self.kind = kind
    self.at = at
    self.bundleID = bundleID
    self.bundleVersion = bundleVersion
    self.teachingSessionID = teachingSessionID
    self.topicID = topicID
    self.sectionID = sectionID
    self.questionID = questionID
    self.response = response
    self.isCorrect = isCorrect
    self.rating = rating
    self.secondsTaken = secondsTaken
    self.tryNumber = tryNumber
    self.usedHint = usedHint
    self.didNotKnow = didNotKnow
    self.language = language
  }

}
