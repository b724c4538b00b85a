import Foundation
import Markdown

/// An educator's note in a teaching session: an observation or a barrier to learning
/// ("needs glasses", "prefers Spanish"), about one learner or about the whole session.
package struct SessionNote: Sendable, Hashable, Identifiable {
  package var id: Int64
  package var sessionID: Int64
  /// The learner the note is about; `nil` when it is about the whole session.
  package var learnerID: Int64?
  package var at: Date
  /// One line of at most `maximumLength` characters, without control characters.
  package var text: String

  /// The longest note kept, in characters; longer text is cut there.
  package static let maximumLength = 2_000

  package init(id: Int64, sessionID: Int64, learnerID: Int64?, at: Date, text: String) {
    self.id = id
    self.sessionID = sessionID
    self.learnerID = learnerID
    self.at = at
    self.text = text
  }

  /// `text` as a note keeps it: line breaks and tabs become spaces, the other characters
  /// `TextSanitizer.isForbidden` names are removed, the ends are trimmed, and it is cut to
  /// `maximumLength` characters (so a stored note can never drive a terminal).
  package static func sanitized(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: scalars.append(" ")
      case _ where TextSanitizer.isForbidden(scalar): continue
      default: scalars.append(scalar)
      }
    }
    let trimmed = String(scalars).trimmingCharacters(in: .whitespaces)
    return String(trimmed.prefix(maximumLength)).trimmingCharacters(in: .whitespaces)
  }
}
