import Foundation

/// What happened: the session (`Encounter`), each topic taught (`Procedure`), each return
/// demonstration (`Observation`), and the record itself (`DocumentReference`).
extension RecordFHIRRenderer {
  static let educationCode = FHIRType.coding(
    FHIRType.snomed, "311401005", "Patient education (procedure)")

  private static func isOpen(_ record: EducationRecord) -> Bool {
    record.session.map { $0.endedAt == nil } ?? false
  }

  private static func period(_ session: SessionRecord) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("start", dateTime(session.startedAt))
    members.add("end", session.endedAt.map(dateTime))
    return members.object
  }

  func encounterResource(_ parties: FHIRParties) -> OrderedJSON? {
    guard let session = parties.record.session else { return nil }
    let names = parties.record.learners.map(\.name).joined(separator: ", ")
    var members = FHIRMembers()
    members.add("resourceType", "Encounter")
    members.add("id", Self.resourceID("session-\(session.id)"))
    members.add(
      "text",
      FHIRType.narrative([
        "Teaching session" + (names.isEmpty ? "" : " with \(names)")
          + (parties.educatorName.map { ", led by \($0)" } ?? "") + ", from "
          + Self.dateTime(session.startedAt)
          + (session.endedAt.map { " to \(Self.dateTime($0))" } ?? " (still open)") + "."
      ]))
    members.add("status", Self.isOpen(parties.record) ? "in-progress" : "finished")
    members.add("class", FHIRType.coding(FHIRType.actCode, "AMB", "ambulatory"))
    members.add(
      "type", .array([FHIRType.concept([Self.educationCode], text: "Patient education session")]))
    members.add("subject", parties.patientIndex.map(parties.learnerReference))
    members.add(
      "participant",
      parties.educatorReference.map { .array([.object([("individual", $0)])]) })
    members.add("period", Self.period(session))
    return members.object
  }

  /// The topics a learner was taught: read, asked about, or shown, in reading order.
  func taughtTopics(of learner: LearnerRecord) -> [TopicRecord] {
    let shown = Set(learner.demonstrations.map(\.topicID))
    return learner.topics.filter {
      $0.sectionsRead > 0 || $0.questionsAnswered > 0 || shown.contains($0.id)
    }
  }

  func procedure(_ topic: TopicRecord, learner index: Int, _ parties: FHIRParties) -> OrderedJSON {
    let record = parties.record
    let learner = record.learners[index]
    let summary =
      "Taught to \(learner.name) (\(RecordText.role(learner))): \(topic.outcome.title). "
      + "Sections read \(topic.sectionsRead) of \(topic.sectionCount); questions answered "
      + "\(topic.questionsAnswered) of \(topic.questionCount)."
    var members = FHIRMembers()
    members.add("resourceType", "Procedure")
    members.add("id", Self.resourceID("education-\(index + 1)-\(topic.id)"))
    members.add("text", FHIRType.narrative(["Patient education: \(topic.title).", summary]))
    members.add("status", Self.isOpen(record) ? "in-progress" : "completed")
    members.add(
      "code", FHIRType.concept([Self.educationCode], text: "Patient education: \(topic.title)"))
    members.add("subject", parties.requiredSubject(for: index))
    members.add("encounter", parties.encounterReference)
    if let session = record.session {
      members.add("performedPeriod", Self.period(session))
    } else if let last = learner.answers.filter({ $0.topicID == topic.id }).last {
      members.add("performedDateTime", Self.dateTime(last.answeredAt))
    }
    members.add(
      "performer", parties.educatorReference.map { .array([.object([("actor", $0)])]) })
    members.add(
      "outcome",
      FHIRType.concept(
        [FHIRType.coding(FHIRType.outcomeSystem, topic.outcome.rawValue, topic.outcome.title)],
        text: topic.outcome.title))
    members.add("report", .array([parties.documentReference]))
    members.add("note", .array([.object([("text", .string(summary))])]))
    return members.object
  }

  /// A return demonstration: `final`, or `amended` once corrected; about the patient, with the
  /// caregiver who showed the skill as its `focus`; the result coded, the educator's note, and
  /// who watched.
  func observation(
    _ demonstration: DemonstrationRecord, learner index: Int, number: Int,
    _ parties: FHIRParties
  ) -> OrderedJSON {
    let learner = parties.record.learners[index]
    let current = demonstration.current
    let title = "Return demonstration: \(demonstration.topicTitle)"
    let words = RecordText(timeZone: TimeZone(identifier: "UTC")!).demonstration(demonstration)
    var members = FHIRMembers()
    members.add("resourceType", "Observation")
    members.add("id", "demonstration-\(number)")
    members.add("text", FHIRType.narrative(["\(learner.name). \(title): \(words) (times in UTC)."]))
    members.add("status", demonstration.earlier.isEmpty ? "final" : "amended")
    members.add("code", .object([("text", .string(title))]))
    members.add("subject", parties.subject(for: index))
    if parties.subjectIndex(for: index) != index {
      members.add("focus", .array([parties.learnerReference(index)]))
    }
    members.add("encounter", parties.encounterReference)
    members.add("effectiveDateTime", Self.dateTime(current.at))
    members.add("performer", parties.enteredBy(current.enteredBy).map { .array([$0]) })
    members.add(
      "valueCodeableConcept",
      FHIRType.concept(
        [
          FHIRType.coding(
            FHIRType.demonstrationSystem, current.result.rawValue, current.result.title)
        ],
        text: current.result.title))
    if let note = current.note, !note.isEmpty {
      members.add("note", .array([.object([("text", .string(note))])]))
    }
    return members.object
  }

  /// The HTML record, whole, as an education note.
  func documentReference(_ parties: FHIRParties) -> OrderedJSON {
    let record = parties.record
    let html = RecordHTMLRenderer(timeZone: timeZone).render(record)
    var attachment = FHIRMembers()
    attachment.add("contentType", "text/html;charset=utf-8")
    attachment.add("language", record.bundle.language)
    attachment.add("data", Data(html.utf8).base64EncodedString())
    attachment.add("title", "Patient education record")
    attachment.add("creation", Self.dateTime(record.generatedAt))
    var context = FHIRMembers()
    context.add("encounter", parties.encounterReference.map { .array([$0]) })
    context.add("period", record.session.map(Self.period))
    var members = FHIRMembers()
    members.add("resourceType", "DocumentReference")
    members.add("id", "education-record")
    members.add(
      "text",
      FHIRType.narrative([
        "Patient education record (\(record.bundle.title), content version "
          + "\(record.bundle.version)) as a printable page, for "
          + record.learners.map(\.name).joined(separator: ", ") + "."
      ]))
    members.add("status", "current")
    members.add("docStatus", Self.isOpen(record) ? "preliminary" : "final")
    members.add(
      "type",
      FHIRType.concept(
        [FHIRType.coding(FHIRType.loinc, "34895-3", "Education note")], text: "Education note"))
    members.add("subject", parties.patientIndex.map(parties.learnerReference))
    members.add("date", Self.dateTime(record.generatedAt))
    members.add("author", parties.educatorReference.map { .array([$0]) })
    members.add("description", "Teach-back education record")
    members.add("content", .array([.object([("attachment", attachment.object)])]))
    if !context.list.isEmpty { members.add("context", context.object) }
    return members.object
  }
}
