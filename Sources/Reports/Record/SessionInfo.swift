import Foundation

/// An educator's teaching session as the shell knows it: the builder's input. The record keeps
/// it as a `SessionRecord`, with the path and topics named.
public struct SessionInfo: Sendable, Hashable {
  public var id: String
  public var educatorName: String
  public var startedAt: Date
  /// Nil while the session is still open.
  public var endedAt: Date?
  /// The learning path the educator planned to walk, if any.
  public var pathID: String?
  /// Topics planned for the session; when empty, the path's topics are the plan.
  public var topicIDs: [String]
  public var notes: [RecordNote]

  public init(
    id: String, educatorName: String, startedAt: Date, endedAt: Date?, pathID: String? = nil,
    topicIDs: [String] = [], notes: [RecordNote] = []
  ) {
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
/// "prefers Spanish").
public struct RecordNote: Sendable, Hashable, Codable {
  public var at: Date
  public var text: String

  public init(at: Date, text: String) {
    self.at = at
    self.text = text
  }
}
