import Foundation
import Markdown

/// A return demonstration: a learner showing a skill of a topic (flushing, checking the site,
/// taking a temperature) while the educator watches, and how it went. A correction is a new
/// demonstration that `replaces` the old one, which stays with who entered each and when.
package struct Demonstration: Sendable, Hashable, Identifiable {
  package var id: Int64
  package var learnerID: Int64
  package var teachingSessionID: Int64?
  package var bundleID: String
  package var topicID: String
  /// Passed, or needs practice.
  package var passed: Bool
  /// The educator's words about it; empty when none.
  package var note: String
  package var at: Date
  package var enteredBy: String
  /// The demonstration this one corrects, if any.
  package var replacesID: Int64?

  package init(
    id: Int64, learnerID: Int64, teachingSessionID: Int64?, bundleID: String, topicID: String,
    passed: Bool, note: String, at: Date, enteredBy: String, replacesID: Int64?
  ) {
    self.id = id
    self.learnerID = learnerID
    self.teachingSessionID = teachingSessionID
    self.bundleID = bundleID
    self.topicID = topicID
    self.passed = passed
    self.note = SessionNote.sanitized(note)
    self.at = at
    self.enteredBy = SessionNote.sanitized(enteredBy)
    self.replacesID = replacesID
  }
}
