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

  var jobs: [HomeCareWords.Job] { HomeCareWords.jobs(portSigns: portSigns) }

  func purposeMarkdown() -> String {
    var lines = ["**\(HomeCareWords.purposeLead)** \(HomeCareWords.purpose)"]
    if let path {
      let summary = path.summary.isEmpty ? "" : " \(MarkdownEscaping.escape(path.summary))"
      lines.append(
        "**\(HomeCareWords.forWhomLead)** \(MarkdownEscaping.escape(path.title)).\(summary)")
    }
    return lines.joined(separator: "\n\n")
  }

  func jobsBoxMarkdown() -> String {
    var lines = ["## \(HomeCareWords.jobsTitle)", ""]
    lines += jobs.enumerated().map { "\($0.offset + 1). \($0.element.title)" }
    lines += ["", HomeCareWords.jobsStepsNote]
    return lines.joined(separator: "\n")
  }

  func stepsMarkdown() -> String {
    var parts = ["## \(HomeCareWords.stepsTitle)"]
    for (number, job) in jobs.enumerated() {
      let steps = job.steps.enumerated().map { "\($0.offset + 1). \($0.element)" }
      parts.append("### Job \(number + 1): \(job.title)\n\n" + steps.joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  func cardMarkdown() -> String {
    let blank = HomeCareWords.blank.replacingOccurrences(of: "_", with: "\\_")
    var rows = ["| What to know | Write it here |", "|---|---|"]
    for (index, what) in HomeCareWords.cardRows.enumerated() {
      var value = blank
      if index == 0, let careTeamContact {
        value = careTeamContact.map(MarkdownEscaping.escape).joined(separator: "; ")
      } else if what.hasPrefix("Power-injectable") {
        value = HomeCareWords.powerInjectableChoices
      } else if what.hasPrefix("Call if the temperature") {
        value = "\(blank) °C or °F"
      }
      rows.append("| **\(what)** | \(value) |")
    }
    return "## \(HomeCareWords.cardTitle)\n\n\(HomeCareWords.cardNote)\n\n"
      + rows.joined(separator: "\n")
  }

  func checklistMarkdown() -> String {
    let days = (1...HomeCareWords.checklistDays).map { "Day \($0)" }
    var rows = ["| Sign to look for | " + days.joined(separator: " | ") + " |"]
    rows.append("|---" + String(repeating: "|---", count: days.count) + "|")
    rows.append("| **Date** |" + String(repeating: "   |", count: days.count))
    let signs = portSigns.isEmpty ? ["Any sign in the red box on page 1"] : portSigns
    for sign in signs {
      rows.append(
        "| \(MarkdownEscaping.escape(sign)) |" + String(repeating: "   |", count: days.count))
    }
    return "## \(HomeCareWords.checklistTitle)\n\n\(HomeCareWords.checklistNote)\n\n"
      + rows.joined(separator: "\n")
  }

  func flushLogMarkdown() -> String {
    let columns = HomeCareWords.flushLogColumns
    var rows = ["| " + columns.joined(separator: " | ") + " |"]
    rows.append(String(repeating: "|---", count: columns.count) + "|")
    for _ in 0..<HomeCareWords.flushLogRows {
      rows.append("|" + String(repeating: "   |", count: columns.count))
    }
    return "## \(HomeCareWords.flushLogTitle)\n\n\(HomeCareWords.flushLogNote)\n\n"
      + rows.joined(separator: "\n")
  }

  func closingMarkdown() -> String {
    var lines = ["## \(HomeCareWords.closingTitle)", "", HomeCareWords.closingLead, ""]
    if let careTeamContact {
      lines.append("**\(HomeCareWords.closingContactLead)**  ")
      lines += careTeamContact.map { MarkdownEscaping.escape($0) + "  " }
    } else {
      let blank = HomeCareWords.blank.replacingOccurrences(of: "_", with: "\\_")
      lines.append("**\(HomeCareWords.closingWriteIt)** \(blank)")
    }
    return lines.joined(separator: "\n")
  }
}
