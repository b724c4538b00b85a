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
    if !greeted { context.say(StyledText(greeting(summary), role: .quiet)) }
    if !summary.due.isEmpty {
      context.say(StyledText(ReviewWords.due(summary.due), role: .strong))
    } else if let nextReview = summary.nextReview {
      context.say(
        StyledText("Nothing is due for review. " + ReviewWords.nextReview(at: nextReview, now: now))
      )
    }
    if let stop = summary.stoppedAt {
      context.say(
        stop.section == stop.of
          ? "Last time you finished reading “\(stop.topic.title)”."
          : "You were reading “\(stop.topic.title)”, \(stop.section) of \(stop.of).")
    }
    context.say("Next: " + StyledText(nextStep(summary.next), role: .accent))
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

  private func greeting(_ summary: Summary) -> String {
    let learner = summary.learner
    if learner.isGuest {
      return "You are learning as \(learner.name): your progress is saved on this computer. "
        + "To use your own name, type `learner rename` and your name."
    }
    return summary.hasHistory
      ? "Welcome back, \(learner.name). Your progress is saved on this computer."
      : "Learning as \(learner.name). Progress is saved on this computer."
  }

  /// The one next step, as a command to type.
  private func nextStep(_ next: Recommendation) -> String {
    switch next {
    case .review(let ids, let redFlags):
      let them = ids.count == 1 ? "it" : "them"
      return redFlags > 0 && redFlags < ids.count
        ? "type `review` to answer \(them), warning signs first."
        : "type `review` to answer \(them)."
    case .read(_, let topic, let section):
      return section == topic
        ? "type `next` to read “\(topic)”." : "type `next` to read “\(section)” in “\(topic)”."
    case .practise(let topicID, let topic, _):
      return "type `quiz \(topicID)` to practise “\(topic)”."
    case .allDone:
      return "nothing for now: you have read everything. Type `progress` to see it."
    }
  }
}
