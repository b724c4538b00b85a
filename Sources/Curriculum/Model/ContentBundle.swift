import Foundation

/// A loaded, validated content bundle: the manifest, its topics in reading order, and its questions.
public struct ContentBundle: Sendable {
  public var manifest: Manifest
  public var topics: [Topic]
  public var questions: [Question]

  public init(manifest: Manifest, topics: [Topic], questions: [Question]) {
    self.manifest = manifest
    self.topics = topics
    self.questions = questions
  }

  public func topic(id: String) -> Topic? { topics.first { $0.id == id } }
  public func questions(forTopic id: String) -> [Question] { questions.filter { $0.topicID == id } }
  public func path(id: String) -> LearningPath? { manifest.paths.first { $0.id == id } }
}
