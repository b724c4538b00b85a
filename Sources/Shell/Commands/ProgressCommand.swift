import Curriculum
import Learning
import Markdown

extension ShellCommand {
  static let progress = ShellCommand(
    name: "progress", aliases: ["status"],
    summary: "See what you have read and how well you remember it",
    usage: "progress",
    details: """
      For each topic: how many sections you have read, and how much of it you are likely to
      remember now, from your quiz answers. Questions due for review are counted too.
      """,
    run: { shell, _ in
      shell.showProgress()
      return .succeeded
    })
}

extension ShellSession {
  func progressReport() -> ProgressReport {
    let pathTopics = learner?.pathID.flatMap { bundle.path(id: $0)?.topicIDs }
    return ProgressReport(
      bundle: bundle, topicIDs: pathTopics, sectionsRead: sectionsRead(), memory: loadMemory(),
      at: clock())
  }

  fileprivate func showProgress() {
    let report = progressReport()
    let who = learner.map { TextSanitizer.sanitize($0.name) } ?? "this session"
    var heading = "Progress for \(who)"
    if let pathID = learner?.pathID, let path = bundle.path(id: pathID) {
      heading += " — path: \(TextSanitizer.sanitize(path.title))"
    }
    say(styler.bold(heading))
    if store == nil { say(styler.dim("Progress is not being saved this time.")) }
    let titleWidth = min(
      34, report.topics.map { TextSanitizer.sanitize($0.title).count }.max() ?? 0)
    if !output.style.isPlain {
      say(styler.dim(String(repeating: " ", count: titleWidth + 2) + "Read          Remembered"))
    }
    for topic in report.topics {
      let title = TextSanitizer.sanitize(topic.title)
      if output.style.isPlain {
        say(plainLine(topic, title: title))
      } else {
        let shown = title.count > titleWidth ? String(title.prefix(titleWidth - 1)) + "…" : title
        let padding = String(repeating: " ", count: titleWidth - shown.count)
        let read = bar(topic.coverage) + " \(topic.sectionsRead)/\(topic.sectionCount)"
        let mastery = topic.mastery.map { bar($0) + " \(percent($0))" } ?? "no questions"
        let due = topic.questionsDue > 0 ? styler.accent("  \(topic.questionsDue) due") : ""
        say("\(shown)\(padding)  \(read.padded(to: 12))  \(mastery)\(due)")
      }
    }
    let due = report.topics.reduce(0) { $0 + $1.questionsDue }
    say()
    if due > 0 {
      say("\(due) question\(due == 1 ? " is" : "s are") due for review: type `review`.")
    }
    say("Type `next` to see what to do next.")
  }

  private func plainLine(_ topic: ProgressReport.TopicProgress, title: String) -> String {
    var parts = ["read \(topic.sectionsRead) of \(topic.sectionCount) sections"]
    if let mastery = topic.mastery {
      parts.append(
        topic.questionsAnswered == 0
          ? "no questions answered yet" : "remembered about \(percent(mastery))")
    }
    if topic.questionsDue > 0 { parts.append("\(topic.questionsDue) due for review") }
    return "\(title): " + parts.joined(separator: "; ") + "."
  }

  private func bar(_ fraction: Double) -> String {
    let width = 8
    let filled = Int((max(0, min(1, fraction)) * Double(width)).rounded())
    return styler.success(String(repeating: "█", count: filled))
      + String(repeating: "░", count: width - filled)
  }

  private func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
}
