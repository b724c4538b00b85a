import Foundation

/// How the record's numbers, times and outcomes read in the human formats (HTML, Markdown, CSV),
/// so they say the same thing everywhere.
struct RecordText {
  var timeZone: TimeZone

  /// `29 Nov 2026, 10:05`.
  func dateTime(_ date: Date) -> String { format(date, "d MMM yyyy, HH:mm") }

  /// `10:05`.
  func time(_ date: Date) -> String { format(date, "HH:mm") }

  /// `29 Nov 2026`.
  func day(_ date: Date) -> String { format(date, "d MMM yyyy") }

  /// The time zone as a reader needs it: `UTC`, or `Europe/London (UTC+01:00)`-like.
  var zoneName: String {
    if timeZone.secondsFromGMT() == 0 && ["UTC", "GMT"].contains(timeZone.identifier) {
      return "UTC"
    }
    return timeZone.identifier
  }

  /// The session's span: `29 Nov 2026, 10:00–10:45 (45 min)`, or `…, from 10:00 (still open)`.
  func span(_ session: SessionRecord) -> String {
    guard let end = session.endedAt, let seconds = session.durationSeconds else {
      return "\(dateTime(session.startedAt)) (still open)"
    }
    let sameDay = day(session.startedAt) == day(end)
    let endText = sameDay ? time(end) : dateTime(end)
    return "\(dateTime(session.startedAt))–\(endText) (\(Self.duration(seconds)))"
  }

  /// `45 min`, `1 h 5 min`, `under 1 min`.
  static func duration(_ seconds: Int) -> String {
    let minutes = (seconds + 30) / 60
    if minutes == 0 { return "under 1 min" }
    if minutes < 60 { return "\(minutes) min" }
    let rest = minutes % 60
    return rest == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(rest) min"
  }

  /// `72%`.
  static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

  /// `2 of 3`.
  static func count(_ part: Int, of whole: Int) -> String { "\(part) of \(whole)" }

  static func mastery(_ value: Double?) -> String { value.map(percent) ?? "not measured" }

  /// `3 right first time, 1 after re-teaching, 1 missed`, leaving out zeros.
  static func tally(_ topic: TopicRecord) -> String {
    var parts: [String] = []
    if topic.rightFirstTry > 0 { parts.append("\(topic.rightFirstTry) right first time") }
    if topic.rightAfterRetry > 0 { parts.append("\(topic.rightAfterRetry) after re-teaching") }
    let notKnown = topic.missed.filter { $0.didNotKnow == true }.count
    if topic.missedCount > notKnown { parts.append("\(topic.missedCount - notKnown) missed") }
    if notKnown > 0 { parts.append("\(notKnown) not known yet") }
    return parts.joined(separator: ", ")
  }

  /// One line per learner: `5 topics: 2 understood, 1 needs review, 2 not checked.`
  static func outcomeSummary(_ learner: LearnerRecord) -> String {
    let counts = TeachBackOutcome.allCases.compactMap { outcome -> String? in
      let n = learner.topics.filter { $0.outcome == outcome }.count
      return n == 0 ? nil : "\(n) \(outcome.title.lowercased())"
    }
    let topics = learner.topics.count == 1 ? "1 topic" : "\(learner.topics.count) topics"
    return "\(topics): \(counts.joined(separator: ", "))."
  }

  /// `Right`, `Right (2nd try)`, `Wrong`, `Wrong (2nd try)`, `Did not know`, with `, hint used`.
  static func result(_ answer: AnswerRecord) -> String {
    var text = answer.didNotKnow == true ? "Did not know" : answer.correct ? "Right" : "Wrong"
    var notes: [String] = []
    if answer.tryNumber > 1 { notes.append("2nd try") }
    if answer.usedHint { notes.append("hint used") }
    if !notes.isEmpty { text += " (\(notes.joined(separator: ", ")))" }
    return text
  }

  /// The answer in the bundle's words when known, else what was typed, in quotes.
  static func answer(_ answer: AnswerRecord) -> String {
    answer.answerText ?? "typed “\(answer.response)”"
  }

  /// How a question left to review is introduced: `Missed question — ask again` or, after
  /// "I don't know", `Not known yet — teach again`.
  static func reviewLead(_ question: MissedQuestion) -> String {
    question.didNotKnow == true ? "Not known yet — teach again" : "Missed question — ask again"
  }

  /// How a red flag once missed stands: `missed 29 Nov 2026, 09:20; right later` or
  /// `…; not yet right`.
  func redFlagStatus(_ miss: RedFlagMiss) -> String {
    "missed \(dateTime(miss.missedAt)); " + (miss.laterRight ? "right later" : "not yet right")
  }

  /// The role as the record gives it, with a caregiver's relationship when known:
  /// `caregiver, spouse`, else `parent or caregiver`.
  static func role(_ learner: LearnerRecord) -> String {
    switch learner.relationship {
    case nil: learner.roleTitle
    case "caregiver"?: "caregiver"
    case let relationship?: "caregiver, \(relationship)"
    }
  }

  /// A note's words with whom it is about: `Rosa Martinez: needs glasses`.
  static func note(_ note: RecordNote) -> String {
    (note.about.map { "\($0): " } ?? "") + note.text
  }

  /// A note in its learner's own part of the record: `needs glasses`, or
  /// `prefers short sessions (whole session)`.
  static func ownNote(_ note: RecordNote) -> String {
    note.about == nil ? "\(note.text) (whole session)" : note.text
  }

  /// `MRN 12345 (Mercy Hospital), born 1961-04-12`; a part not entered is left out.
  static func identity(_ entry: IdentityRecord.Entry) -> String {
    var parts: [String] = []
    if let mrn = entry.mrn {
      parts.append("MRN \(mrn)" + (entry.mrnSystem.map { " (\($0))" } ?? ""))
    }
    if let birthDate = entry.birthDate { parts.append("born \(birthDate)") }
    return parts.isEmpty ? "no identity entered" : parts.joined(separator: ", ")
  }

  /// The identity with who entered it, and what it corrected: `MRN 12354 (Mercy Hospital),
  /// born 1961-04-12; entered by Ben Ito, 2 Mar 2026, 09:30. Corrected; before: MRN 12345
  /// (Mercy Hospital), born 1961-04-12, entered by Ada Okafor, 2 Mar 2026, 09:01.`
  func identityLine(_ identity: IdentityRecord) -> String {
    var line =
      Self.identity(identity.current)
      + "; entered by \(identity.current.enteredBy), \(dateTime(identity.current.enteredAt))."
    for entry in identity.earlier.reversed() {
      line +=
        " Corrected; before: \(Self.identity(entry)), entered by \(entry.enteredBy), "
        + "\(dateTime(entry.enteredAt))."
    }
    return line
  }

  /// `Passed — held the syringe upright (2 Mar 2026, 09:20, Ada Okafor)`, then any
  /// correction: `; corrected from Needs practice (…, 09:10, Ada Okafor)`.
  func demonstration(_ demonstration: DemonstrationRecord) -> String {
    func entry(_ entry: DemonstrationRecord.Entry) -> String {
      entry.result.title + (entry.note.map { " — \($0)" } ?? "")
        + " (\(dateTime(entry.at)), \(entry.enteredBy))"
    }
    var line = entry(demonstration.current)
    for earlier in demonstration.earlier.reversed() {
      line += "; corrected from \(entry(earlier))"
    }
    return line
  }

  static let demonstrationRule =
    "Return demonstration: the learner showed the skill while the educator watched (passed, or "
    + "needs practice). A corrected identity or demonstration shows what it was before, who "
    + "entered each, and when."

  static let notAllAskedLead = "Not every question asked yet"

  static let shuffledLettersNote =
    "Choices are shown shuffled; every answer is given in the content's own words, except a "
    + "wrong choice answer saved before Teachback kept the choice: that shows the letter the "
    + "learner typed and the choice it named."

  static let outcomeRule =
    "Teach-back outcome, from the answers in this record (a session's record: that session's "
    + "answers; a learner's record: every answer they ever gave), where a question's last answer "
    + "settles it. Understood: every question of the topic was asked and the last answer to each "
    + "was right. Understood after re-teaching: the same, but a miss or a \"did not know\" came "
    + "first. Partly understood: the answers given were right in the end, but some questions "
    + "were never asked. Needs review: a last answer was wrong, or the learner said they did "
    + "not know. Not assessed: no question was answered (none asked, or only skipped). Reading "
    + "is shown beside the outcome and never changes it."

  static let redFlagRule =
    "Red flags are safety questions (warning signs). One missed at any point is listed first "
    + "for its learner, even when a later answer was right."

  static let masteryRule =
    "Mastery: how likely the learner is to recall the topic's answers at the time of this "
    + "record, estimated from every answer they have ever given (a spaced-review memory model), "
    + "with questions never answered counting as not known. Right after teaching it is high for "
    + "every question just answered, right or wrong: the teach-back column says how it went, and "
    + "mastery says most at the next visit. Not measured when no question of the topic was ever "
    + "answered."

  static let countsRule =
    "Sections read counts every section the learner has ever read; questions answered counts "
    + "the topic's questions answered in this period (the session, when there is one)."

  private func format(_ date: Date, _ pattern: String) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = timeZone
    formatter.dateFormat = pattern
    return formatter.string(from: date)
  }
}
