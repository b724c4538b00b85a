import Foundation

/// Which answers `LearnerStore.attempts(matching:)` reads back: one learner's in one bundle,
/// optionally only those answered in [`from`, `to`] and/or in one teaching session.
package struct AttemptQuery: Sendable, Hashable {
  package var learnerID: Int64
  package var bundleID: String
  package var from: Date?
  package var to: Date?
  package var sessionID: Int64?
  /// The bundle's red-flag questions, to fill `Attempt.isRedFlag` (the store does not keep it).
  package var redFlagQuestionIDs: Set<String>

  package init(
    learnerID: Int64, bundleID: String, from: Date? = nil, to: Date? = nil,
    sessionID: Int64? = nil, redFlagQuestionIDs: Set<String> = []
  ) {
    self.learnerID = learnerID
    self.bundleID = bundleID
    self.from = from
    self.to = to
    self.sessionID = sessionID
    self.redFlagQuestionIDs = redFlagQuestionIDs
  }
}
