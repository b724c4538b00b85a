import Foundation

/// The education record as a self-contained printable page (`HTMLPage`): no script, no external
/// asset; coverage and mastery drawn as inline SVG bars, each with its figure in text beside it
/// so the page reads in greyscale print and to a screen reader; outcomes in words and symbols,
/// never colour alone.
package struct RecordHTMLRenderer: Sendable {
  package var timeZone: TimeZone

  package init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

  package func render(_ record: EducationRecord) -> String {
    let record = record.neutralised()
    let text = RecordText(timeZone: timeZone)
    var body = "<header class=\"record-header\">\n"
    body += "<p class=\"kicker\">Teach-back education record</p>\n"
    body += "<h1>Patient education record</h1>\n"
    body += "<p class=\"subtitle\">\(h(record.bundle.title)) · content version "
    body += "\(h(record.bundle.version))</p>\n"
    body += facts(record, text)
    body += "</header>\n"
    if let session = record.session, !session.notes.isEmpty {
      body += notes(session, text)
    }
    if record.learners.isEmpty {
      body += "<p class=\"empty\">No learner was chosen for this record.</p>\n"
    }
    for learner in record.learners {
      body += self.learner(learner, text)
    }
    body += legend()
    body += sources(record.bundle, languages: record.languageNames)
    body += signature(record)
    let names = record.learners.map { learner in
      learner.name + (learner.identity?.current.mrn.map { " (MRN \($0))" } ?? "")
    }.joined(separator: "; ")
    let title = "Patient education record" + (names.isEmpty ? "" : " — \(names)")
    let day = text.day(record.session?.startedAt ?? record.generatedAt)
    return HTMLPage(title: title, body: body, pageFooter: "\(title) — \(day)").html
  }

  // MARK: - Header

  private func facts(_ record: EducationRecord, _ text: RecordText) -> String {
    var rows: [(String, String)] = []
    let learners = record.learners.map { learner in
      let identity = learner.identity.map { " — " + h(RecordText.identity($0.current)) } ?? ""
      return "\(h(learner.name)) <span class=\"muted\">(\(h(RecordText.role(learner))))</span>"
        + identity
    }
    rows.append(("Learners", learners.isEmpty ? "none" : learners.joined(separator: "<br>")))
    if let session = record.session {
      rows.append(("Educator", h(session.educatorName)))
      rows.append(("Session", h(text.span(session))))
      if let path = session.path { rows.append(("Planned path", h(path.title))) }
      if !session.plannedTopics.isEmpty {
        rows.append(
          ("Planned topics", session.plannedTopics.map { h($0.title) }.joined(separator: ", ")))
      }
    }
    rows.append(
      ("Record made", "\(h(text.dateTime(record.generatedAt))) (times in \(h(text.zoneName)))"))
    var html = "<table class=\"facts\">\n"
    for (label, value) in rows {
      html += "<tr><th scope=\"row\">\(label)</th><td>\(value)</td></tr>\n"
    }
    return html + "</table>\n"
  }

  private func notes(_ session: SessionRecord, _ text: RecordText) -> String {
    var html = "<section class=\"notes\">\n<h2>Notes and barriers</h2>\n<ul>\n"
    for note in session.notes {
      html += "<li><span class=\"time\">\(text.time(note.at))</span> "
      html += "\(h(RecordText.note(note)).replacingOccurrences(of: "\n", with: "<br>"))</li>\n"
    }
    return html + "</ul>\n</section>\n"
  }

  // MARK: - Learner

  private func learner(_ learner: LearnerRecord, _ text: RecordText) -> String {
    var html = "<section class=\"learner\">\n<div class=\"learner-head\">\n"
    html +=
      "<h2>\(h(learner.name)) <span class=\"role\">\(h(RecordText.role(learner)))</span></h2>\n"
    var about = h(RecordText.outcomeSummary(learner))
    if let path = learner.path { about = "Learning path: \(h(path.title)). " + about }
    html += "<p class=\"meta\">\(about)</p>\n"
    if let identity = learner.identity {
      html +=
        "<p class=\"identity\"><strong>Identity:</strong> \(h(text.identityLine(identity)))</p>\n"
    }
    html += redFlags(learner, text)
    html += learnerNotes(learner, text)
    html += summaryTable(learner)
    html += demonstrations(learner, text)
    html += "</div>\n"
    html +=
      "<div class=\"review\">\n<h3>What to review next time</h3>\n\(review(learner.review))</div>\n"
    html += answers(learner, text)
    return html + "</section>\n"
  }

  private func redFlags(_ learner: LearnerRecord, _ text: RecordText) -> String {
    guard !learner.redFlagsMissed.isEmpty else { return "" }
    var html = "<div class=\"red-flags\">\n<h3>Red flags missed</h3>\n<ul>\n"
    for miss in learner.redFlagsMissed {
      html += "<li>\(flag(true))\(h(miss.prompt)) — \(h(text.redFlagStatus(miss)))</li>\n"
    }
    return html + "</ul>\n</div>\n"
  }

  private func learnerNotes(_ learner: LearnerRecord, _ text: RecordText) -> String {
    guard !learner.notes.isEmpty else { return "" }
    var html = "<div class=\"learner-notes\">\n<h3>Notes</h3>\n<ul>\n"
    for note in learner.notes {
      html += "<li><span class=\"time\">\(h(text.dateTime(note.at)))</span> — "
      html += "\(h(RecordText.ownNote(note)))</li>\n"
    }
    return html + "</ul>\n</div>\n"
  }

  private func demonstrations(_ learner: LearnerRecord, _ text: RecordText) -> String {
    guard !learner.demonstrations.isEmpty else { return "" }
    var html = "<h3>Return demonstrations</h3>\n<ul class=\"demonstrations\">\n"
    for demonstration in learner.demonstrations {
      html += "<li><strong>\(h(demonstration.topicTitle))</strong>: "
      html += "\(h(text.demonstration(demonstration)))</li>\n"
    }
    return html + "</ul>\n"
  }

  private func summaryTable(_ learner: LearnerRecord) -> String {
    var html = "<table class=\"summary-table\">\n<colgroup><col class=\"topic-col\"><col><col>"
    html += "<col><col class=\"outcome-col\"></colgroup>\n<thead><tr><th scope=\"col\">Topic</th>"
    html += "<th scope=\"col\">Sections read</th><th scope=\"col\">Questions answered</th>"
    html +=
      "<th scope=\"col\">Mastery</th><th scope=\"col\">Teach-back</th></tr></thead>\n<tbody>\n"
    for topic in learner.topics {
      html += "<tr class=\"\(outcomeClass(topic.outcome))\">"
      html += "<th scope=\"row\">\(h(topic.title))</th>"
      html += "<td><span class=\"meter\">\(bar(topic.coverage))<span class=\"figure\">"
      html += "\(RecordText.count(topic.sectionsRead, of: topic.sectionCount))</span></span></td>"
      let tally = RecordText.tally(topic)
      html += "<td><span class=\"figure\">"
      html += "\(RecordText.count(topic.questionsAnswered, of: topic.questionCount))</span>"
      if !tally.isEmpty { html += "<span class=\"tally\">\(h(tally))</span>" }
      html += "</td>"
      if let mastery = topic.mastery {
        html += "<td><span class=\"meter\">\(bar(mastery))<span class=\"figure\">"
        html += "\(RecordText.percent(mastery))</span></span></td>"
      } else {
        html += "<td><span class=\"muted\">not measured</span></td>"
      }
      html += "<td>\(outcome(topic.outcome))</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private func review(_ plan: ReviewPlan) -> String {
    guard !plan.isEmpty else { return "<p>Nothing to review: every topic was understood.</p>\n" }
    var html = "<ol>\n"
    for question in plan.questions {
      html +=
        "<li>\(flag(question.redFlag))\(RecordText.reviewLead(question)): "
        + "\(h(question.prompt))</li>\n"
    }
    if !plan.topics.isEmpty {
      html += "<li>Go over: \(plan.topics.map { h($0.title) }.joined(separator: ", "))</li>\n"
    }
    if !plan.notAllAsked.isEmpty {
      html += "<li>\(RecordText.notAllAskedLead): "
      html += "\(plan.notAllAsked.map { h($0.title) }.joined(separator: ", "))</li>\n"
    }
    if !plan.notYetChecked.isEmpty {
      html += "<li>Not yet assessed by teach-back: "
      html += "\(plan.notYetChecked.map { h($0.title) }.joined(separator: ", "))</li>\n"
    }
    return html + "</ol>\n"
  }

  private func answers(_ learner: LearnerRecord, _ text: RecordText) -> String {
    guard !learner.answers.isEmpty else {
      return "<h3>Answers given</h3>\n<p>No answers in this period.</p>\n"
    }
    var html =
      "<h3>Answers given</h3>\n<table class=\"answers\">\n<colgroup><col class=\"time-col\">"
    html += "<col class=\"question-col\"><col class=\"answer-col\"><col class=\"result-col\">"
    html += "</colgroup>\n<thead><tr>"
    html += "<th scope=\"col\" class=\"time\">Time</th><th scope=\"col\">Question</th>"
    html += "<th scope=\"col\">Answer</th><th scope=\"col\">Result</th></tr></thead>\n<tbody>\n"
    for answer in learner.answers {
      html += "<tr><td class=\"time\">\(text.time(answer.answeredAt))</td>"
      html += "<td>\(flag(answer.redFlag))\(h(answer.prompt))</td>"
      html += "<td>\(h(RecordText.answer(answer)))</td>"
      let (mark, style) =
        answer.didNotKnow == true
        ? ("?", "not-known") : answer.correct ? ("✓", "right") : ("✗", "wrong")
      html += "<td class=\"\(style)\">"
      html += "\(mark) \(h(RecordText.result(answer)))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    return html + "<p class=\"footnote\">\(h(RecordText.shuffledLettersNote))</p>\n"
  }

  // MARK: - Footer

  private func legend() -> String {
    "<section class=\"legend\">\n<h2>How to read this record</h2>\n<ul>\n"
      + "<li>\(h(RecordText.outcomeRule))</li>\n<li>\(h(RecordText.redFlagRule))</li>\n"
      + "<li>\(h(RecordText.masteryRule))</li>\n<li>\(h(RecordText.demonstrationRule))</li>\n"
      + "<li>\(h(RecordText.countsRule))</li>\n</ul>\n</section>\n"
  }

  private func sources(_ bundle: BundleInfo, languages: String) -> String {
    var html = "<section class=\"sources\">\n<h2>Content and sources</h2>\n"
    html += "<p>Taught from “\(h(bundle.title))”, version \(h(bundle.version)) "
    html += "(bundle <code>\(h(bundle.id))</code>).</p>\n"
    html += "<p>Language: \(h(languages))</p>\n"
    if !bundle.sources.isEmpty {
      html += "<ul>\n"
      for source in bundle.sources {
        html += "<li>\(h(source.title)), \(h(source.publisher))"
        if !source.reviewed.isEmpty { html += ", reviewed \(h(source.reviewed))" }
        if !source.url.isEmpty { html += " — <span class=\"url\">\(h(source.url))</span>" }
        html += "</li>\n"
      }
      html += "</ul>\n"
    }
    return html + "</section>\n"
  }

  private func signature(_ record: EducationRecord) -> String {
    let name = record.session.map { h($0.educatorName) } ?? ""
    let fields = [("", name, "Name"), ("", "", "Signature"), (" narrow", "", "Date and time")]
    var html = "<section class=\"signature\">\n<h2>Educator</h2>\n<div class=\"sign-row\">\n"
    for (modifier, value, label) in fields {
      html += "<div class=\"sign-field\(modifier)\"><span class=\"sign-value\">\(value)</span>"
      html += "<span class=\"sign-label\">\(label)</span></div>\n"
    }
    return html + "</div>\n</section>\n"
  }

  // MARK: - Pieces

  /// A bar `value` (0…1) full, decorative to assistive technology: the figure beside it says it.
  private func bar(_ value: Double) -> String {
    let width = 60.0
    let filled = (min(1, max(0, value)) * width * 10).rounded() / 10
    return
      "<svg class=\"bar\" width=\"62\" height=\"12\" viewBox=\"0 0 62 12\" aria-hidden=\"true\" "
      + "focusable=\"false\"><rect x=\"1\" y=\"1\" width=\"60\" height=\"10\" rx=\"2\" "
      + "fill=\"#fff\" stroke=\"#5b6673\" stroke-width=\"1\"/><rect x=\"1\" y=\"1\" "
      + "width=\"\(filled)\" height=\"10\" rx=\"2\" fill=\"#1f5f8b\"/></svg>"
  }

  private func outcome(_ outcome: TeachBackOutcome) -> String {
    "<span class=\"outcome \(outcomeClass(outcome))\"><span class=\"symbol\" "
      + "aria-hidden=\"true\">\(outcome.symbol)</span> \(outcome.title)</span>"
  }

  private func outcomeClass(_ outcome: TeachBackOutcome) -> String {
    switch outcome {
    case .understood: "understood"
    case .understoodAfterReteaching: "understood-after-reteaching"
    case .partlyUnderstood: "partly-understood"
    case .needsReview: "needs-review"
    case .notAssessed: "not-assessed"
    }
  }

  private func flag(_ redFlag: Bool) -> String {
    redFlag ? "<strong class=\"red-flag\">Red flag</strong> " : ""
  }

  private func h(_ text: String) -> String { HTMLPage.escape(text) }
}
