import Foundation

/// A red-flag (warning-sign) question the learner missed at some point in the record's evidence,
/// listed first in their record even when a later answer was right: a safety question once
/// missed is worth asking again.
package struct RedFlagMiss: Sendable, Hashable, Codable {
  package var id: String
  package var topicID: String
  package var prompt: String
  /// When it was first missed (a wrong answer or "I don't know").
  package var missedAt: Date
  /// Whether the last answer to it was right.
  package var laterRight: Bool

  package init(id: String, topicID: String, prompt: String, missedAt: Date, laterRight: Bool) {
    self.id = id
    self.topicID = topicID
    self.prompt = prompt
    self.missedAt = missedAt
    self.laterRight = laterRight
  }
}
