import Curriculum
import Foundation

/// An educator's teaching session as the shell knows it: the builder's input. The record keeps
/// it as a `SessionRecord`, with the path and topics named.
package struct SessionInfo: Sendable, Hashable {
  package var id: String
  package var educatorName: String
  package var startedAt: Date
  /// Nil while the session is still open.
  package var endedAt: Date?
  /// The learning path the educator planned to walk, if any.
  package var pathID: String?
  /// Topics planned for the session; when empty, the path's topics are the plan.
  package var topicIDs: [String]
  package var notes: [RecordNote]
  /// The language it was taught in.
  package var language: Language

  package init(
    id: String, educatorName: String, startedAt: Date, endedAt: Date?, pathID: String? = nil,
    topicIDs: [String] = [], notes: [RecordNote] = [], language: Language = .english
  ) {
    self.language = language
    self.id = id
    self.educatorName = educatorName
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.pathID = pathID
    self.topicIDs = topicIDs
    self.notes = notes
  }
}

/// An observation or barrier the educator noted during a session ("needs glasses",
/// "prefers Spanish"), about one learner or the whole session.
package struct RecordNote: Sendable, Hashable, Codable {
  package var at: Date
  package var text: String
  /// The name of the learner it is about; nil for a note about the whole session.
  package var about: String?

  package init(at: Date, text: String, about: String? = nil) {
    self.at = at
    self.text = text
    self.about = about
  }
}
