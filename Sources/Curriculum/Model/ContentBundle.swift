import Foundation

/// A loaded, validated content bundle: the manifest, its topics in reading order, its questions,
/// and the pictures its topics show.
package struct ContentBundle: Sendable {
  package var manifest: Manifest
  package var topics: [Topic]
  package var questions: [Question]
  /// The pictures topics show, by path from the bundle's folder (`images/port.png`).
  package var pictures: [String: Picture]

  package init(
    manifest: Manifest, topics: [Topic], questions: [Question], pictures: [String: Picture] = [:]
  ) {
    self.manifest = manifest
    self.topics = topics
    self.questions = questions
    self.pictures = pictures
  }

  package func topic(id: String) -> Topic? { topics.first { $0.id == id } }
  package func questions(forTopic id: String) -> [Question] {
    questions.filter { $0.topicID == id }
  }
  package func path(id: String) -> LearningPath? { manifest.paths.first { $0.id == id } }
}
