import Foundation

/// The educator's session as it appears in the record.
public struct SessionRecord: Sendable, Hashable, Codable {
  public var id: String
  public var educatorName: String
  public var startedAt: Date
  /// Nil while the session is still open.
  public var endedAt: Date?
  /// Whole seconds from start to end; nil while the session is open.
  public var durationSeconds: Int?
  /// The planned learning path, if one was chosen.
  public var path: PathRef?
  /// The topics planned for the session (the path's when none were named), in reading order.
  public var plannedTopics: [TopicRef]
  public var notes: [RecordNote]

  public init(
    id: String, educatorName: String, startedAt: Date, endedAt: Date?, path: PathRef?,
    plannedTopics: [TopicRef], notes: [RecordNote]
  ) {
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
public struct PathRef: Sendable, Hashable, Codable {
  public var id: String
  public var title: String

  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

/// A topic named by id and title.
public struct TopicRef: Sendable, Hashable, Codable {
  public var id: String
  public var title: String

  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}
