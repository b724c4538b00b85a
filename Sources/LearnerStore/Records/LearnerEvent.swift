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

}
