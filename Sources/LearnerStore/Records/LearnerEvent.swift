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
  /// The session this event belongs to, if any: a teaching session's id for events recorded
  /// while an educator teaches (`TeachingSession.id`), else the `sessionStarted` event's id.
  public var sessionID: Int64?
  public var topicID: String?
  public var sectionID: String?
  public var questionID: String?
  public var response: String?
  public var isCorrect: Bool?
  public var rating: ReviewRating?
  public var secondsTaken: Double?
  public var tryNumber: Int?
  public var usedHint: Bool?

  /// A short line for the history, without the learner's typed words:
  /// "answered care-fever: right", "read care#flushing".
  public var summary: String {
    switch kind {
    case .sessionStarted: return "started a session"
    case .sessionEnded: return "ended the session"
    case .topicOpened: return "opened \(topicID ?? "a topic")"
    case .sectionRead:
      return "read \(SectionKey(topicID: topicID ?? "", sectionID: sectionID ?? ""))"
    case .answerGiven:
      let verdict = isCorrect == true ? "right" : "wrong"
      let second = (tryNumber ?? 1) > 1 ? " on the second try" : ""
      return "answered \(questionID ?? "a question"): \(verdict)\(second)"
    }
  }
}
