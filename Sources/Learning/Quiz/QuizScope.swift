import Curriculum
import Foundation

/// Which questions a quiz asks.
package enum QuizScope: Sendable, Hashable {
  /// The topic's questions, in the order of its sections.
  case topic(String)
  /// The questions of every topic on the path, topic by topic in the path's order.
  case path(String)
  /// Every red-flag question ("when to call"), in reading order.
  case redFlags
  /// Answered questions whose review is due: red flags first, then the others, each most
  /// overdue first (`DueReviews`).
  case due

  /// The questions to ask, in order. Throws `LearningError` for an unknown topic or path.
  package func questions(
    in bundle: ContentBundle, memory: LearnerMemory = LearnerMemory(), now: Date = Date()
  ) throws(LearningError) -> [Question] {
    switch self {
    case .topic(let id):
      guard let topic = bundle.topic(id: id) else { throw LearningError.unknownTopic(id) }
      return Self.inSectionOrder(bundle.questions(forTopic: id), of: topic)
    case .path(let id):
      guard let path = bundle.path(id: id) else { throw LearningError.unknownPath(id) }
      return path.topicIDs.flatMap { topicID -> [Question] in
        guard let topic = bundle.topic(id: topicID) else { return [] }
        return Self.inSectionOrder(bundle.questions(forTopic: topicID), of: topic)
      }
    case .redFlags:
      return Self.inReadingOrder(bundle).filter(\.isRedFlag)
    case .due:
      return memory.dueQuestions(in: bundle, now: now)
    }
  }

  /// Questions sorted by their section's place in the topic, keeping the file order within one
  /// section (and putting questions of unknown sections last).
  static func inSectionOrder(_ questions: [Question], of topic: Topic) -> [Question] {
    let rank = Dictionary(
      topic.sections.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { a, _ in a })
    return questions.enumerated()
      .sorted {
        (rank[$0.element.sectionID] ?? .max, $0.offset) < (
          rank[$1.element.sectionID] ?? .max, $1.offset
        )
      }
      .map(\.element)
  }

  static func inReadingOrder(_ bundle: ContentBundle) -> [Question] {
    bundle.topics.flatMap { inSectionOrder(bundle.questions(forTopic: $0.id), of: $0) }
  }
}
