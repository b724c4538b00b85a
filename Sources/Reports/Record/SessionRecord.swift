import Foundation

/// The educator's session as it appears in the record.
package struct SessionRecord: Sendable, Hashable, Codable {
  package var id: String
  package var educatorName: String
  package var startedAt: Date
  /// Nil while the session is still open.
  package var endedAt: Date?
  /// Whole seconds from start to end; nil while the session is open.
  package var durationSeconds: Int?
  /// The planned learning path, if one was chosen.
  package var path: PathRef?
  /// The topics planned for the session (the path's when none were named), in reading order.
  package var plannedTopics: [TopicRef]
  package var notes: [RecordNote]
  /// The language it was taught in (`en`, `es`).
  package var language: String

  package init(
    id: String, educatorName: String, startedAt: Date, endedAt: Date?, path: PathRef?,
    plannedTopics: [TopicRef], notes: [RecordNote], language: String = "en"
  ) {
    self.language = language
    self.id = id
    self.educatorName = educatorName
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.durationSeconds = endedAt.map { Int(max(0, $0.timeIntervalSince(startedAt)).rounded()) }
    self.path = path
    self.plannedTopics = plannedTopics
    self.notes = notes
  }
}

/// A learning path named by id and title.
package struct PathRef: Sendable, Hashable, Codable {
  package var id: String
  package var title: String

  package init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

/// A topic named by id and title.
package struct TopicRef: Sendable, Hashable, Codable {
  package var id: String
  package var title: String

  package init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}
