import Curriculum
import Foundation
import Learning
import Markdown

/// What the shell says to a learner coming back: who they are, what is due for review (warning
/// signs first), where they stopped reading, and the one next step — the same step `next`
/// takes.
struct WelcomeBack {
  let context: ShellContext

  /// What the summary is made of, read from the store once.
  struct Summary {
    var learner: Learner
    var due: DueReviews
    /// Where they stopped reading: the topic, the section's place (from 1) and the count.
    var stoppedAt: (topic: Topic, section: Int, of: Int)?
    var next: Recommendation
    /// When the next review comes back, when nothing is due now.
    var nextReview: Date?
    /// Whether they have read or answered anything before.
    var hasHistory: Bool
  }

  /// Says the summary for the current learner; `greeted` when who they are was just said (the
  /// first run).
  func show(greeted: Bool = false) {
    guard let summary = summary() else { return }
    let now = context.clock()
    let language = context.language
    if !greeted { context.say(context.words(greeting(summary)).styled(.quiet)) }
    if !summary.due.isEmpty {
      context.say(StyledText(ReviewWords.due(summary.due, in: language), role: .strong))
    } else if let nextReview = summary.nextReview {
      context.say(
        .nothingDueNextReview(
          when: "\(ReviewWords.nextReview(at: nextReview, now: now, in: language))"))
    }
    if let stop = summary.stoppedAt {
      let title = StyledText(stop.topic.title)
      context.say(
        stop.section == stop.of
          ? .welcomeBackFinishedReading(topic: title)
          : .welcomeBackWasReading(topic: title, section: "\(stop.section)", total: "\(stop.of)"))
    }
    context.say(.welcomeBackNext(step: context.words(nextStep(summary.next)).styled(.accent)))
  }

  /// Nil when there is no learner.
  func summary() -> Summary? {
    guard let learner = context.learner else { return nil }
    let bundle = context.bundle
    let now = context.clock()
    let memory = context.memory()
    let read = context.sectionsRead()
    var stoppedAt: (Topic, Int, Int)?
    let lastRead = context.lastSectionRead()
    if let key = lastRead, let topic = bundle.topic(id: key.topicID),
      let index = topic.sections.firstIndex(where: { $0.id == key.sectionID })
    {
      stoppedAt = (topic, index + 1, topic.sections.count)
    }
    return Summary(
      learner: learner, due: memory.dueReviews(in: bundle, now: now), stoppedAt: stoppedAt,
      next: Recommendation(
        bundle: bundle, pathID: learner.pathID, sectionsRead: read, memory: memory, now: now,
        lastRead: lastRead),
      nextReview: memory.nextReview(in: bundle.questions, after: now),
      hasHistory: !read.isEmpty || !memory.states.isEmpty)
  }

  private func greeting(_ summary: Summary) -> ShellMessage {
    let name = StyledText(summary.learner.name)
    if summary.learner.isGuest { return .welcomeBackGuest(name: name) }
    return summary.hasHistory ? .welcomeBack(name: name) : .welcomeBackLearningAs(name: name)
  }

  /// The one next step, as a command to type.
  private func nextStep(_ next: Recommendation) -> ShellMessage {
    switch next {
    case .review(let ids, let redFlags):
      return redFlags > 0 && redFlags < ids.count
        ? .nextStepReviewWarningsFirst(count: ids.count) : .nextStepReview(count: ids.count)
    case .read(_, let topic, let section):
      return section == topic
        ? .nextStepReadTopic(topic: "\(topic)")
        : .nextStepReadSection(section: "\(section)", topic: "\(topic)")
    case .practise(let topicID, let topic, _):
      return .nextStepPractise(id: "\(topicID)", topic: "\(topic)")
    case .allDone:
      return .nextStepAllDone
    }
  }
}
