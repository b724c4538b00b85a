import Foundation
import Markdown

/// The education record as Markdown: the same content as the HTML page, for pasting into notes
/// or systems that render Markdown. Every text from outside the program is escaped.
package struct RecordMarkdownRenderer: Sendable {
  package var timeZone: TimeZone

  package init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

  package func render(_ record: EducationRecord) -> String {
    let record = record.neutralised()
    let text = RecordText(timeZone: timeZone)
    var blocks = ["# Patient education record", header(record, text)]
    if let session = record.session, !session.notes.isEmpty {
      blocks.append(notes(session, text))
    }
    if record.learners.isEmpty {
      blocks.append("_No learner was chosen for this record._")
    }
    for learner in record.learners {
      blocks.append(self.learner(learner, text))
    }
    blocks.append(legend())
    blocks.append(signature(record))
    return blocks.joined(separator: "\n\n") + "\n"
  }

  // MARK: - Parts

  private func header(_ record: EducationRecord, _ text: RecordText) -> String {
    var lines: [String] = []
    let bundle = record.bundle
    lines.append(
      "- **Content:** \(e(bundle.title)), version \(e(bundle.version)) (`\(code(bundle.id))`)")
    lines.append("- **Language:** \(e(record.languageNames))")
    if let session = record.session {
      lines.append("- **Educator:** \(e(session.educatorName))")
      lines.append("- **Session:** \(e(text.span(session)))")
      if let path = session.path {
        lines.append("- **Planned path:** \(e(path.title))")
      }
      if !session.plannedTopics.isEmpty {
        let titles = session.plannedTopics.map { e($0.title) }
        lines.append("- **Planned topics:** \(titles.joined(separator: ", "))")
      }
    }
    let learners = record.learners.map { learner in
      let identity = learner.identity.map { " — " + e(RecordText.identity($0.current)) } ?? ""
      return "\(e(learner.name)) (\(e(RecordText.role(learner))))" + identity
    }
    lines.append("- **Learners:** \(learners.isEmpty ? "none" : learners.joined(separator: "; "))")
    lines.append(
      "- **Record made:** \(e(text.dateTime(record.generatedAt))) (all times \(e(text.zoneName)))")
    for source in bundle.sources {
      var line = "- **Source:** \(e(source.title)), \(e(source.publisher))"
      if !source.reviewed.isEmpty { line += ", reviewed \(e(source.reviewed))" }
      if !source.url.isEmpty { line += " <\(e(source.url))>" }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  private func notes(_ session: SessionRecord, _ text: RecordText) -> String {
    var lines = ["## Notes and barriers", ""]
    lines += session.notes.map { "- \(text.time($0.at)) — \(e(RecordText.note($0)))" }
    return lines.joined(separator: "\n")
  }

  private func learner(_ learner: LearnerRecord, _ text: RecordText) -> String {
    var blocks = ["## \(e(learner.name)) — \(e(RecordText.role(learner)))"]
    var about: [String] = []
    if let path = learner.path { about.append("Learning path: \(e(path.title)).") }
    about.append(e(RecordText.outcomeSummary(learner)))
    blocks.append(about.joined(separator: " "))
    if let identity = learner.identity {
      blocks.append("**Identity:** \(e(text.identityLine(identity)))")
    }
    if !learner.redFlagsMissed.isEmpty {
      let lines = learner.redFlagsMissed.map {
        "- **RED FLAG:** \(e($0.prompt)) — \(e(text.redFlagStatus($0)))"
      }
      blocks.append("### Red flags missed\n\n" + lines.joined(separator: "\n"))
    }
    if !learner.notes.isEmpty {
      let lines = learner.notes.map { "- \(text.dateTime($0.at)) — \(e(RecordText.ownNote($0)))" }
      blocks.append("### Notes\n\n" + lines.joined(separator: "\n"))
    }

    var table = [
      "| Topic | Sections read | Questions answered | Mastery | Teach-back |",
      "|---|---|---|---|---|",
    ]
    for topic in learner.topics {
      var answered = RecordText.count(topic.questionsAnswered, of: topic.questionCount)
      let tally = RecordText.tally(topic)
      if !tally.isEmpty { answered += " (\(tally))" }
      let sections =
        "\(RecordText.count(topic.sectionsRead, of: topic.sectionCount)) "
        + "(\(RecordText.percent(topic.coverage)))"
      table.append(
        "| \(e(topic.title)) | \(sections) | \(e(answered)) | "
          + "\(RecordText.mastery(topic.mastery)) | \(topic.outcome.title) |")
    }
    blocks.append(table.joined(separator: "\n"))
    if !learner.demonstrations.isEmpty {
      let lines = learner.demonstrations.map {
        "- \(e($0.topicTitle)): \(e(text.demonstration($0)))"
      }
      blocks.append("### Return demonstrations\n\n" + lines.joined(separator: "\n"))
    }

    blocks.append("### What to review next time\n\n" + review(learner.review))
    if !learner.answers.isEmpty {
      var rows = ["| Time | Question | Answer | Result |", "|---|---|---|---|"]
      for answer in learner.answers {
        rows.append(
          "| \(text.time(answer.answeredAt)) | \(flagged(answer))\(e(answer.prompt)) | "
            + "\(e(RecordText.answer(answer))) | \(RecordText.result(answer)) |")
      }
      blocks.append(
        "### Answers given\n\n" + rows.joined(separator: "\n") + "\n\n_"
          + RecordText.shuffledLettersNote + "_")
    } else {
      blocks.append("### Answers given\n\nNo answers in this period.")
    }
    return blocks.joined(separator: "\n\n")
  }

  private func review(_ plan: ReviewPlan) -> String {
    guard !plan.isEmpty else { return "Nothing to review: every topic was understood." }
    var lines: [String] = []
    for question in plan.questions {
      lines.append(
        "- \(flag(question))\(RecordText.reviewLead(question)): \(e(question.prompt))")
    }
    if !plan.topics.isEmpty {
      lines.append("- Go over: \(plan.topics.map { e($0.title) }.joined(separator: ", "))")
    }
    if !plan.notAllAsked.isEmpty {
      lines.append(
        "- \(RecordText.notAllAskedLead): "
          + plan.notAllAsked.map { e($0.title) }.joined(separator: ", "))
    }
    if !plan.notYetChecked.isEmpty {
      lines.append(
        "- Not yet assessed by teach-back: "
          + plan.notYetChecked.map { e($0.title) }.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  private func legend() -> String {
    "## How to read this record\n\n- \(RecordText.outcomeRule)\n- \(RecordText.redFlagRule)\n"
      + "- \(RecordText.masteryRule)\n- \(RecordText.countsRule)\n"
      + "- \(RecordText.demonstrationRule)"
  }

  private func signature(_ record: EducationRecord) -> String {
    let name = record.session.map { e($0.educatorName) } ?? "______________________"
    return "## Educator\n\nName: \(name)\n\nSignature: ______________________"
      + "    Date: ______________"
  }

  // MARK: - Helpers

  /// Escapes text placed inside a line.
  private func e(_ text: String) -> String {
    MarkdownEscaping.escapeReadably(text, atLineStart: false)
  }

  /// Escapes text that may begin a list item's content.
  private func start(_ text: String) -> String { MarkdownEscaping.escapeReadably(text) }

  /// Text inside a code span: no backticks or line breaks can end it early.
  private func code(_ text: String) -> String {
    String(TextSanitizer.sanitize(text).filter { !"`|\n".contains($0) })
  }

  private func flag(_ question: MissedQuestion) -> String {
    question.redFlag ? "**RED FLAG:** " : ""
  }

  private func flagged(_ answer: AnswerRecord) -> String { answer.redFlag ? "**RED FLAG:** " : "" }
}
