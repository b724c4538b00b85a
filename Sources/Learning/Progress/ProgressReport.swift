import Curriculum
import Foundation

/// What a learner has covered, per topic: sections read and how well the topic's answers are
/// remembered now. Pure: built from what the store loaded.
package struct ProgressReport: Sendable, Hashable {
  package struct TopicProgress: Sendable, Hashable {
    package var topicID: String
    package var title: String
    package var sectionsRead: Int
    package var sectionCount: Int
    package var questionCount: Int
    /// Questions answered at least once.
    package var questionsAnswered: Int
    /// Questions whose review is due now.
    package var questionsDue: Int
    /// Mean current retrievability of the topic's questions (0 for unanswered), in 0…1;
    /// `nil` when the topic has no questions.
    package var mastery: Double?

    /// Share of sections read, in 0…1 (1 for a topic without sections).
    package var coverage: Double {
      sectionCount == 0 ? 1 : Double(sectionsRead) / Double(sectionCount)
    }
  }

  package var topics: [TopicProgress]

  package init(topics: [TopicProgress]) { self.topics = topics }

  /// Progress on `topicIDs` (every topic of the bundle, in reading order, when `nil`).
  package init(
    bundle: ContentBundle, topicIDs: [String]? = nil, sectionsRead: Set<SectionKey>,
    memory: LearnerMemory, at date: Date
  ) {
    let ids = topicIDs ?? bundle.topics.map(\.id)
    let due = Set(memory.dueQuestions(in: bundle, now: date).map(\.id))
    topics = ids.compactMap { id in
      guard let topic = bundle.topic(id: id) else { return nil }
      let questions = bundle.questions(forTopic: id)
      return TopicProgress(
        topicID: id, title: topic.title,
        sectionsRead: topic.sections.filter {
          sectionsRead.contains(SectionKey(topicID: id, sectionID: $0.id))
        }.count,
        sectionCount: topic.sections.count,
        questionCount: questions.count,
        questionsAnswered: questions.filter { memory.states[$0.id] != nil }.count,
        questionsDue: questions.filter { due.contains($0.id) }.count,
        mastery: memory.mastery(of: questions, at: date))
    }
  }
}
