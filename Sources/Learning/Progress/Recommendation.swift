import Curriculum
import Foundation

/// What the learner should do next, and why.
///
/// In order: the first unread section on their path (every topic in reading order when they have
/// no path); else the reviews that are due; else the path's weakest topic when its mastery is
/// under `Recommendation.strongEnough`; else nothing — all done.
public enum Recommendation: Sendable, Hashable {
  case read(SectionKey, topicTitle: String, sectionTitle: String)
  case review(questionIDs: [String])
  case practise(topicID: String, topicTitle: String, mastery: Double)
  case allDone

  /// Mastery at or above which a topic is not suggested for practice.
  public static let strongEnough = 0.8

  public init(
    bundle: ContentBundle, pathID: String?, sectionsRead: Set<SectionKey>, memory: LearnerMemory,
    now: Date
  ) {
    let topicIDs = pathID.flatMap { bundle.path(id: $0)?.topicIDs } ?? bundle.topics.map(\.id)
    let topics = topicIDs.compactMap { bundle.topic(id: $0) }
    for topic in topics {
      for section in topic.sections
      where !sectionsRead.contains(SectionKey(topicID: topic.id, sectionID: section.id)) {
        self = .read(
          SectionKey(topicID: topic.id, sectionID: section.id), topicTitle: topic.title,
          sectionTitle: section.title)
        return
      }
    }
    let due = memory.dueQuestions(in: bundle, now: now)
    if !due.isEmpty {
      self = .review(questionIDs: due.map(\.id))
      return
    }
    let weakest = topics.compactMap { topic in
      memory.mastery(ofTopic: topic.id, in: bundle, at: now).map { (topic, $0) }
    }.min { $0.1 < $1.1 }
    if let (topic, mastery) = weakest, mastery < Self.strongEnough {
      self = .practise(topicID: topic.id, topicTitle: topic.title, mastery: mastery)
      return
    }
    self = .allDone
  }

  /// One or two sentences for the learner.
  public var reason: String {
    switch self {
    case .read(_, let topic, let section):
      return "Read “\(section)” in “\(topic)”: it is the next part you have not read yet."
    case .review(let ids):
      let count = ids.count == 1 ? "1 question is" : "\(ids.count) questions are"
      return "Review: \(count) due. Answering now, just as memory starts to fade, "
        + "makes it last longer."
    case .practise(_, let topic, let mastery):
      return "Practise “\(topic)”: it is your least secure topic "
        + "(\(Int((mastery * 100).rounded()))% remembered)."
    case .allDone:
      return "All done for now: you have read everything and nothing is due for review."
    }
  }
}
