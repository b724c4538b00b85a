import Curriculum
import Foundation

/// What the learner should do next, and why, as a value whose cases carry what the shell needs
/// to word it.
///
/// In order: the reviews that are due (red-flag questions first, then the others; see
/// `DueReviews`); else the next unread section of the topic they stopped reading in
/// (`lastRead`), so a learner coming back goes on where they were; else the first unread
/// section on their path (every topic in reading order when they have no path); else the path's weakest topic when its mastery is under
/// `Recommendation.strongEnough`; else nothing — all done. Reviews come before new reading
/// because a review is worth most on the day it is due, and a warning sign most of all.
package enum Recommendation: Sendable, Hashable {
  /// Read this section next: the first one not read yet.
  case read(SectionKey, topicTitle: String, sectionTitle: String)
  /// Review these questions: they are due, the first `redFlags` of them about warning signs.
  case review(questionIDs: [String], redFlags: Int)
  /// Practise this topic: the least secure one, with its `mastery` in 0…1.
  case practise(topicID: String, topicTitle: String, mastery: Double)
  /// Everything is read and nothing is due.
  case allDone

  /// Mastery at or above which a topic is not suggested for practice.
  package static let strongEnough = 0.8

  package init(
    bundle: ContentBundle, pathID: String?, sectionsRead: Set<SectionKey>, memory: LearnerMemory,
    now: Date, lastRead: SectionKey? = nil
  ) {
    let due = memory.dueReviews(in: bundle, now: now)
    if !due.isEmpty {
      self = .review(questionIDs: due.all.map(\.id), redFlags: due.redFlags.count)
      return
    }
    if let lastRead, let topic = bundle.topic(id: lastRead.topicID),
      let place = topic.sections.firstIndex(where: { $0.id == lastRead.sectionID }),
      let section = topic.sections[(place + 1)...].first(where: {
        !sectionsRead.contains(SectionKey(topicID: topic.id, sectionID: $0.id))
      })
    {
      self = .read(
        SectionKey(topicID: topic.id, sectionID: section.id), topicTitle: topic.title,
        sectionTitle: section.title)
      return
    }
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
    let weakest = topics.compactMap { topic in
      memory.mastery(ofTopic: topic.id, in: bundle, at: now).map { (topic, $0) }
    }.min { $0.1 < $1.1 }
    if let (topic, mastery) = weakest, mastery < Self.strongEnough {
      self = .practise(topicID: topic.id, topicTitle: topic.title, mastery: mastery)
      return
    }
    self = .allDone
  }
}
