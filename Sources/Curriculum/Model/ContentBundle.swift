import Foundation
import Markdown

/// A loaded, validated content bundle: the manifest, its topics in reading order, its questions,
/// the pictures its topics show, and its figures.
package struct ContentBundle: Sendable {
  package var manifest: Manifest
  package var topics: [Topic]
  package var questions: [Question]
  /// The pictures topics show, by path from the bundle's folder (`images/port.png`).
  package var pictures: [String: Picture]
  /// The drawings of `figures/`, by id.
  package var figures: [String: Figure]

  package init(
    manifest: Manifest, topics: [Topic], questions: [Question], pictures: [String: Picture] = [:],
    figures: [String: Figure] = [:]
  ) {
    self.manifest = manifest
    self.topics = topics
    self.questions = questions
    self.pictures = pictures
    self.figures = figures
  }

  package func topic(id: String) -> Topic? { topics.first { $0.id == id } }
  package func questions(forTopic id: String) -> [Question] {
    questions.filter { $0.topicID == id }
  }
  package func path(id: String) -> LearningPath? { manifest.paths.first { $0.id == id } }
}
