import Curriculum
import Learning
import Markdown

extension ShellCommand {
  static let progress = ShellCommand(
    name: "progress", aliases: ["status"],
    summary: .commandProgressSummary,
    usage: .commandProgressUsage,
    details: .commandProgressDetails,
    run: { shell, _ in
      ProgressCommand(context: shell.context).run()
      return .succeeded
    })
}

/// `progress`: per topic, what is read, how much is likely remembered, and what is due.
struct ProgressCommand {
  let context: ShellContext

  func run() {
    let bundle = context.bundle
    let learner = context.learner
    let pathTopics = learner?.pathID.flatMap { bundle.path(id: $0)?.topicIDs }
    let memory = context.memory()
    let now = context.clock()
    let report = ProgressReport(
      bundle: bundle, topicIDs: pathTopics, sectionsRead: context.sectionsRead(),
      memory: memory, at: now)
    var heading = context.words(
      learner.map { .progressHeading(name: "\($0.name)") } ?? .progressHeadingSession)
    if let pathID = learner?.pathID, let path = bundle.path(id: pathID) {
      heading += " " + context.words(.progressHeadingPath(path: "\(path.title)"))
    }
    context.say(heading.styled(.strong))
    if context.store == nil {
      context.say(context.words(.progressNotSaved).styled(.quiet))
    }
    let titleWidth = min(34, report.topics.map { StyledText($0.title).plainText.count }.max() ?? 0)
    if !context.isPlain {
      context.say(
        StyledText(
          String(repeating: " ", count: titleWidth + 2) + context.string(.progressColumns),
          role: .quiet))
    }
    for topic in report.topics {
      let title = StyledText(topic.title).plainText
      if context.isPlain {
        context.say(plainLine(topic, title: title))
        continue
      }
      let shown = title.count > titleWidth ? String(title.prefix(titleWidth - 1)) + "…" : title
      let padding = String(repeating: " ", count: titleWidth - shown.count)
      let count = " \(topic.sectionsRead)/\(topic.sectionCount)"
      let readPadding = String(repeating: " ", count: max(0, 12 - 8 - count.count))
      let mastery =
        topic.mastery.map { bar($0) + " \(percent($0))" } ?? context.words(.progressNoQuestions)
      let due: StyledText =
        topic.questionsDue > 0
        ? "  " + context.words(.progressDue(count: topic.questionsDue)).styled(.accent) : ""
      context.say(
        "\(shown)\(padding)  " + bar(topic.coverage) + "\(count)\(readPadding)  " + mastery + due)
    }
    let due = report.topics.reduce(0) { $0 + $1.questionsDue }
    context.say()
    if due > 0 {
      context.say(.progressDueForReview(count: due))
    } else if let next = memory.nextReview(in: bundle.questions, after: now) {
      context.say(
        .nothingDueNextReview(
          when: "\(ReviewWords.nextReview(at: next, now: now, in: context.language))"))
    }
    context.say(.progressWhatNext)
  }

  private func plainLine(_ topic: ProgressReport.TopicProgress, title: String) -> StyledText {
    var parts: [ShellMessage] = [
      .progressPlainRead(read: "\(topic.sectionsRead)", total: "\(topic.sectionCount)")
    ]
    if let mastery = topic.mastery {
      parts.append(
        topic.questionsAnswered == 0
          ? .progressPlainNoAnswers : .progressPlainRemembered(percent: "\(percent(mastery))"))
    }
    if topic.questionsDue > 0 { parts.append(.progressPlainDue(count: topic.questionsDue)) }
    return "\(title): " + StyledText(parts.map(context.string).joined(separator: "; ")) + "."
  }

  /// Eight cells, filled in proportion.
  private func bar(_ fraction: Double) -> StyledText {
    let width = 8
    let filled = Int((max(0, min(1, fraction)) * Double(width)).rounded())
    return StyledText(String(repeating: "█", count: filled), role: .success)
      + StyledText(String(repeating: "░", count: width - filled))
  }

  private func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
}
