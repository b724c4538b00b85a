import Foundation
import Learning

/// One stored event, as the history lists it. Fields a kind does not use are `nil`.
public struct LearnerEvent: Sendable, Hashable, Identifiable {
  public var id: Int64
  public var learnerID: Int64
  public var kind: EventKind
  public var at: Date
  public var bundleID: String
  public var bundleVersion: String
  /// The teaching session this event was recorded in (`TeachingSession.id`), or nil outside one.
  public var teachingSessionID: Int64?
  public var topicID: String?
  public var sectionID: String?
  public var questionID: String?
  public var response: String?
  public var isCorrect: Bool?
  public var rating: ReviewRating?
  public var secondsTaken: Double?
  public var tryNumber: Int?
  public var usedHint: Bool?
  /// For an answer: true when the learner said they did not know.
  public var didNotKnow: Bool? = nil

}
