import Foundation

/// A loaded, validated content bundle: the manifest, its topics in reading order, and its questions.
package struct ContentBundle: Sendable {
  package var manifest: Manifest
  package var topics: [Topic]
  package var questions: [Question]

  package init(manifest: Manifest, topics: [Topic], questions: [Question]) {
    self.manifest = manifest
    self.topics = topics
    self.questions = questions
  }

  package func topic(id: String) -> Topic? { topics.first { $0.id == id } }
  package func questions(forTopic id: String) -> [Question] {
    questions.filter { $0.topicID == id }
  }
  package func path(id: String) -> LearningPath? { manifest.paths.first { $0.id == id } }
}
