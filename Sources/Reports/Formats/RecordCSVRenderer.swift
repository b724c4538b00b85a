import Foundation

/// The education record as CSV for a class roster: a header row, then one row per learner and
/// topic. RFC 4180: CRLF line ends, a field with a comma, quote or line break is quoted and its
/// quotes doubled. A field that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading apostrophe.
package struct RecordCSVRenderer: Sendable {
  package static let columns = [
    "learner", "role", "learner_path", "topic_id", "topic", "sections_read", "sections_total",
    "questions_answered", "questions_total", "right_first_try", "right_after_retry", "missed",
    "mastery_percent", "outcome", "missed_question_ids", "red_flags_missed", "educator",
    "session_start", "session_end", "generated_at", "bundle_id", "bundle_version",
    "did_not_know", "red_flags_ever_missed", "relationship", "notes", "mrn", "mrn_system",
    "birth_date", "demonstration", "demonstration_note", "language",
  ]

  package init() {}

  package func render(_ record: EducationRecord) -> String {
    let record = record.neutralised()
    var rows = [Self.columns]
    let session = record.session
    for learner in record.learners {
      for topic in learner.topics {
        let everMissed = learner.redFlagsMissed.filter { $0.topicID == topic.id }.map(\.id)
        let notes = learner.notes.map { Self.iso($0.at) + " " + RecordText.ownNote($0) }
        let identity = learner.identity?.current
        let shown = learner.demonstrations.last { $0.topicID == topic.id }?.current
        rows.append([
          learner.name, learner.role, learner.path?.id ?? "", topic.id, topic.title,
          String(topic.sectionsRead), String(topic.sectionCount),
          String(topic.questionsAnswered), String(topic.questionCount),
          String(topic.rightFirstTry), String(topic.rightAfterRetry), String(topic.missedCount),
          topic.mastery.map { String(Int(($0 * 100).rounded())) } ?? "",
          topic.outcome.rawValue,
          topic.missed.map(\.id).joined(separator: " "),
          String(topic.missed.filter(\.redFlag).count),
          session?.educatorName ?? "",
          session.map { Self.iso($0.startedAt) } ?? "",
          session?.endedAt.map(Self.iso) ?? "",
          Self.iso(record.generatedAt), record.bundle.id, record.bundle.version,
          String(topic.missed.filter { $0.didNotKnow == true }.count),
          everMissed.joined(separator: " "), learner.relationship ?? "",
          notes.joined(separator: "\n"), identity?.mrn ?? "", identity?.mrnSystem ?? "",
          identity?.birthDate ?? "", shown?.result.rawValue ?? "", shown?.note ?? "",
          record.languages.map(\.rawValue).joined(separator: " "),
        ])
      }
    }
    return rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One field, guarded against formula injection and quoted when RFC 4180 needs it.
  static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private static func iso(_ date: Date) -> String {
    ISO8601DateFormatter.string(
      from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
  }
}
