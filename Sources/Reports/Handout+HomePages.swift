import Curriculum

/// The parts of a handout that help a family act at home, as Markdown (the HTML handout renders
/// the same text in boxes): what the handout is for and who, the jobs at home and their steps,
/// a card to fill in with the care team, a daily site checklist, a flush log, and a closing box.
extension Handout {
  /// The warning signs seen at the port itself, in the manifest's words: the rows of the daily
  /// site checklist.
  var portSigns: [String] {
    bundle.manifest.warningSigns.map(\.label).filter { $0.lowercased().contains("port") }
  }

  /// The handout's words, in its language.
  var words: HomeCareWords { HomeCareWords(language: language) }

  var jobs: [HomeCareWords.Job] { words.jobs(portSigns: portSigns) }

  func purposeMarkdown() -> String {
    var lines = ["**\(words(.handoutPurposeLead))** \(words(.handoutPurpose))"]
    if let path {
      let summary = path.summary.isEmpty ? "" : " \(MarkdownEscaping.escape(path.summary))"
      lines.append(
        "**\(words(.handoutForWhomLead))** \(MarkdownEscaping.escape(path.title)).\(summary)")
    }
    return lines.joined(separator: "\n\n")
  }

  func jobsBoxMarkdown() -> String {
    var lines = ["## \(words(.handoutJobsTitle))", ""]
    lines += jobs.enumerated().map { "\($0.offset + 1). \($0.element.title)" }
    lines += ["", words(.handoutJobsStepsNote)]
    return lines.joined(separator: "\n")
  }

  func stepsMarkdown() -> String {
    var parts = ["## \(words(.handoutStepsTitle))"]
    for (number, job) in jobs.enumerated() {
      let steps = job.steps.enumerated().map { "\($0.offset + 1). \($0.element)" }
      let title = words(.handoutJobNumber(number: "\(number + 1)", title: "\(job.title)"))
      parts.append("### \(title)\n\n" + steps.joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  func cardMarkdown() -> String {
    let blank = HomeCareWords.blank.replacingOccurrences(of: "_", with: "\\_")
    var rows = ["| \(words(.handoutCardWhat)) | \(words(.handoutCardWrite)) |", "|---|---|"]
    for (what, kind) in words.cardRows {
      let value =
        switch kind {
        case .contactOrBlank:
          careTeamContact.map { $0.map(MarkdownEscaping.escape).joined(separator: "; ") } ?? blank
        case .blank: blank
        case .temperature: "\(blank) \(words(.handoutCardDegrees))"
        case .powerInjectableChoices: words(.handoutCardPowerChoices)
        }
      rows.append("| **\(what)** | \(value) |")
    }
    return "## \(words(.handoutCardTitle))\n\n\(words(.handoutCardNote))\n\n"
      + rows.joined(separator: "\n")
  }

  func checklistMarkdown() -> String {
    let days = (1...HomeCareWords.checklistDays).map {
      words(.handoutChecklistDay(number: "\($0)"))
    }
    var rows = ["| \(words(.handoutChecklistSign)) | " + days.joined(separator: " | ") + " |"]
    rows.append("|---" + String(repeating: "|---", count: days.count) + "|")
    rows.append(
      "| **\(words(.handoutChecklistDate))** |" + String(repeating: "   |", count: days.count))
    let signs = portSigns.isEmpty ? [words(.handoutChecklistAnySign)] : portSigns
    for sign in signs {
      rows.append(
        "| \(MarkdownEscaping.escape(sign)) |" + String(repeating: "   |", count: days.count))
    }
    return "## \(words(.handoutChecklistTitle))\n\n\(words(.handoutChecklistNote))\n\n"
      + rows.joined(separator: "\n")
  }

  func flushLogMarkdown() -> String {
    let columns = words.flushLogColumns
    var rows = ["| " + columns.joined(separator: " | ") + " |"]
    rows.append(String(repeating: "|---", count: columns.count) + "|")
    for _ in 0..<HomeCareWords.flushLogRows {
      rows.append("|" + String(repeating: "   |", count: columns.count))
    }
    return "## \(words(.handoutFlushLogTitle))\n\n\(words(.handoutFlushLogNote))\n\n"
      + rows.joined(separator: "\n")
  }

  func closingMarkdown() -> String {
    var lines = ["## \(words(.handoutClosingTitle))", "", words(.handoutClosingLead), ""]
    if let careTeamContact {
      lines.append("**\(words(.handoutClosingContactLead))**  ")
      lines += careTeamContact.map { MarkdownEscaping.escape($0) + "  " }
    } else {
      let blank = HomeCareWords.blank.replacingOccurrences(of: "_", with: "\\_")
      lines.append("**\(words(.handoutClosingWriteIt))** \(blank)")
    }
    return lines.joined(separator: "\n")
  }
}
