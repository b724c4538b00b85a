/// `topics [PATH]`: every topic, or one learning path's.
package struct TopicsRequest: Sendable, Equatable {
  package var pathID: String?

  package init(pathID: String?) { self.pathID = pathID }

  init(_ line: ArgumentLine) { self.init(pathID: line.isEmpty ? nil : line.text) }
}
