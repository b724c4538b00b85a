import Foundation
import Markdown

/// The education record as FHIR R4 JSON: a `Bundle` of type `collection` holding the content
/// bundle's questions as one `Questionnaire` and each learner's answers as one
/// `QuestionnaireResponse`. The mapping is documented in `docs/reports.md`:
///
/// - item types: `single` and `multiple` → `open-choice` with `answerOption.valueCoding`
///   (code: the choice's letter in the author's order; `repeats` for `multiple`); a right answer
///   is coded, a wrong one (or "I don't know") is a `valueString` saying what was typed,
///   because quizzes shuffle the choices and keep only the typed letters. `true-false` → `boolean`. `order` → `string`, the
///   steps listed in the item's text. `short` → `string`.
/// - one response item per question answered in the period, holding its last answer;
/// - response status: `in-progress` while the record's session is open, else `completed`;
/// - learners appear only as display names (`subject`, `source`); the educator as `author`.
package struct RecordFHIRRenderer: Sendable {
  /// Prefix of the questionnaire's canonical URL; the content bundle's id is appended.
  package var canonicalBase: String

  package static let defaultCanonicalBase = "urn:teachback:questionnaire:"

  package init(canonicalBase: String = Self.defaultCanonicalBase) {
    self.canonicalBase = canonicalBase
  }

  package func render(_ record: EducationRecord) throws -> String {
    bundle(record.neutralised()).text() + "\n"
  }

  // MARK: - Bundle

  func bundle(_ record: EducationRecord) -> OrderedJSON {
    var entries = [entry(questionnaire(record), key: "questionnaire|\(canonical(record))")]
    var shown = 0
    for (index, learner) in record.learners.enumerated() {
      entries.append(
        entry(
          response(learner, number: index + 1, record: record),
          key: "response|\(index)|\(learner.name)|\(Self.dateTime(record.generatedAt))"))
      for demonstration in learner.demonstrations {
        shown += 1
        entries.append(
          entry(
            observation(demonstration, of: learner, number: shown, record: record),
            key: "demonstration|\(index)|\(demonstration.topicID)|"
              + Self.dateTime(demonstration.current.at)))
      }
    }
    var members = Members()
    members.add("resourceType", "Bundle")
    members.add(
      "id", "teachback-" + Self.hash(Self.dateTime(record.generatedAt) + record.bundle.id))
    members.add("type", "collection")
    members.add("timestamp", Self.dateTime(record.generatedAt))
    members.add("entry", .array(entries))
    return .object(members.list)
  }

  private func entry(_ resource: OrderedJSON, key: String) -> OrderedJSON {
    .object([("fullUrl", .string("urn:uuid:" + Self.uuid(key))), ("resource", resource)])
  }

  // MARK: - Questionnaire

  private func canonical(_ record: EducationRecord) -> String {
    // The base comes from the clinic's settings: neutralised like the record's texts.
    TextSanitizer.removingForbidden(canonicalBase) + Self.resourceID(record.bundle.id)
  }

  private func questionnaire(_ record: EducationRecord) -> OrderedJSON {
    var members = Members()
    members.add("resourceType", "Questionnaire")
    members.add("id", Self.resourceID("\(record.bundle.id)-\(record.bundle.version)"))
    members.add("url", canonical(record))
    members.add("version", record.bundle.version)
    members.add("name", Self.computableName(record.bundle.id))
    members.add("title", record.bundle.title)
    members.add("status", "active")
    members.add("date", Self.dateTime(record.generatedAt))
    members.add("item", .array(record.questions.map(questionnaireItem)))
    return .object(members.list)
  }

  private func questionnaireItem(_ question: QuestionInfo) -> OrderedJSON {
    var members = Members()
    members.add("linkId", question.id)
    members.add("text", Self.itemText(question))
    let kind = question.questionKind
    members.add("type", Self.itemType(question))
    members.add("required", .bool(false))
    if kind == .multipleChoice { members.add("repeats", .bool(true)) }
    if kind == .singleChoice || kind == .multipleChoice {
      members.add(
        "answerOption",
        .array(question.choices.indices.map { .object([("valueCoding", coding(question, $0))]) }))
    }
    return .object(members.list)
  }

  private func coding(_ question: QuestionInfo, _ index: Int) -> OrderedJSON {
    var members = Members()
    members.add("code", Self.letter(index))
    members.add("display", question.choices[index])
    return .object(members.list)
  }

  // MARK: - QuestionnaireResponse

  private func response(_ learner: LearnerRecord, number: Int, record: EducationRecord)
    -> OrderedJSON
  {
    var lastAnswers: [String: AnswerRecord] = [:]
    for answer in learner.answers { lastAnswers[answer.questionID] = answer }
    let items = record.questions.compactMap { question in
      lastAnswers[question.id].map { responseItem(question, $0) }
    }
    let isOpen = record.session.map { $0.endedAt == nil } ?? false
    let authored = learner.answers.map(\.answeredAt).max() ?? record.generatedAt
    var members = Members()
    members.add("resourceType", "QuestionnaireResponse")
    members.add("id", "response-\(number)")
    members.add("text", Self.narrative(of: learner))
    members.add("questionnaire", "\(canonical(record))|\(record.bundle.version)")
    members.add("status", isOpen ? "in-progress" : "completed")
    members.add("subject", Self.person(learner))
    members.add("authored", Self.dateTime(authored))
    members.add("author", Self.displayReference(record.session?.educatorName ?? ""))
    members.add("source", Self.displayReference(learner.name))
    members.add("item", .array(items))
    return .object(members.list)
  }

  private func responseItem(_ question: QuestionInfo, _ answer: AnswerRecord) -> OrderedJSON {
    var members = Members()
    members.add("linkId", question.id)
    members.add("text", Self.itemText(question))
    members.add("answer", .array(answerValues(question, answer).map { .object([$0]) }))
    return .object(members.list)
  }

  /// The answer as FHIR `value[x]`s: one per chosen choice for a right choice answer, else one;
  /// none for an empty answer.
  private func answerValues(_ question: QuestionInfo, _ answer: AnswerRecord)
    -> [(String, OrderedJSON)]
  {
    if answer.didNotKnow == true {
      let typed = answer.response.trimmingCharacters(in: .whitespacesAndNewlines)
      return [("valueString", .string("Did not know (typed “\(typed)”)"))]
    }
    switch question.questionKind {
    case .singleChoice, .multipleChoice:
      let indices = (answer.choiceIndices ?? []).filter(question.choices.indices.contains)
      if !indices.isEmpty { return indices.map { ("valueCoding", coding(question, $0)) } }
      return [Self.typed(answer, what: "the right answer", shown: "choices")]
    case .trueFalse:
      return answer.truthValue.map { [("valueBoolean", .bool($0))] } ?? []
    case .order:
      if let text = answer.answerText, !text.isEmpty { return [("valueString", .string(text))] }
      return [Self.typed(answer, what: "the right order", shown: "steps")]
    case .shortAnswer, nil:
      let text = answer.response.trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty ? [] : [("valueString", .string(text))]
    }
  }

  private static func typed(_ answer: AnswerRecord, what: String, shown: String)
    -> (String, OrderedJSON)
  {
    let typed = answer.response.trimmingCharacters(in: .whitespacesAndNewlines)
    return (
      "valueString",
      .string("Not \(what) (typed “\(typed)”; the \(shown) were shown shuffled)")
    )
  }

  // MARK: - Observation

  /// A return demonstration as an `Observation`: `final`, or `amended` once corrected; the
  /// result as text (passed, needs practice), the educator's note, and who watched.
  private func observation(
    _ demonstration: DemonstrationRecord, of learner: LearnerRecord, number: Int,
    record: EducationRecord
  ) -> OrderedJSON {
    let h = HTMLPage.escape
    let current = demonstration.current
    let title = "Return demonstration: \(demonstration.topicTitle)"
    var members = Members()
    members.add("resourceType", "Observation")
    members.add("id", "demonstration-\(number)")
    let words = RecordText(timeZone: TimeZone(identifier: "UTC")!).demonstration(demonstration)
    members.add(
      "text",
      .object([
        ("status", .string("generated")),
        (
          "div",
          .string(
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>\(h(learner.name)). \(h(title)): "
              + "\(h(words)) (times in UTC).</p></div>")
        ),
      ]))
    members.add("status", demonstration.earlier.isEmpty ? "final" : "amended")
    members.add("code", .object([("text", .string(title))]))
    members.add("subject", Self.person(learner))
    members.add("effectiveDateTime", Self.dateTime(current.at))
    members.add("performer", Self.displayReference(current.enteredBy).map { .array([$0]) })
    members.add("valueCodeableConcept", .object([("text", .string(current.result.title))]))
    if let note = current.note, !note.isEmpty {
      members.add("note", .array([.object([("text", .string(note))])]))
    }
    return .object(members.list)
  }

  /// A learner as a reference: their name, and for a patient with a medical record number, that
  /// number as the identifier (its system when it is a URI, else the issuer by name).
  private static func person(_ learner: LearnerRecord) -> OrderedJSON? {
    guard let mrn = learner.identity?.current.mrn, !mrn.isEmpty else {
      return displayReference(learner.name)
    }
    var identifier = Members()
    let issuer = learner.identity?.current.mrnSystem ?? ""
    let lowered = issuer.lowercased()
    if ["urn:", "http://", "https://"].contains(where: lowered.hasPrefix),
      !issuer.contains(where: \.isWhitespace)
    {
      identifier.add("system", issuer)
    } else {
      identifier.add("assigner", displayReference(issuer))
    }
    identifier.add("value", mrn)
    var members = Members()
    members.add("identifier", .object(identifier.list))
    members.add("display", learner.name.trimmingCharacters(in: .whitespacesAndNewlines))
    return .object(members.list)
  }

  /// The response's human-readable narrative: the learner, any red flag once missed, and each
  /// topic's teach-back outcome beside its reading, as the other formats give them.
  private static func narrative(of learner: LearnerRecord) -> OrderedJSON {
    let h = HTMLPage.escape
    var div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">"
    div += "<p>Teach-back record for \(h(learner.name)) (\(h(RecordText.role(learner)))).</p>"
    if let identity = learner.identity {
      div += "<p>Identity: \(h(RecordText.identity(identity.current))).</p>"
    }
    if !learner.redFlagsMissed.isEmpty {
      div += "<p>Red flags missed:</p><ul>"
      for miss in learner.redFlagsMissed {
        div += "<li>\(h(miss.prompt)) (\(miss.laterRight ? "right later" : "not yet right"))</li>"
      }
      div += "</ul>"
    }
    div += "<ul>"
    for topic in learner.topics {
      div += "<li>\(h(topic.title)): \(topic.outcome.title); sections read "
      div += "\(topic.sectionsRead) of \(topic.sectionCount)</li>"
    }
    div += "</ul>"
    if !learner.demonstrations.isEmpty {
      div += "<p>Return demonstrations:</p><ul>"
      for demonstration in learner.demonstrations {
        let current = demonstration.current
        div += "<li>\(h(demonstration.topicTitle)): \(current.result.title)"
        div += (current.note.map { " — \(h($0))" } ?? "") + "</li>"
      }
      div += "</ul>"
    }
    if !learner.notes.isEmpty {
      div += "<p>Notes:</p><ul>"
      for note in learner.notes {
        div += "<li>\(dateTime(note.at)): \(h(RecordText.ownNote(note)))</li>"
      }
      div += "</ul>"
    }
    div += "</div>"
    return .object([("status", .string("generated")), ("div", .string(div))])
  }

  // MARK: - Helpers

  static func itemType(_ question: QuestionInfo) -> String {
    switch question.questionKind {
    case .singleChoice, .multipleChoice: "open-choice"
    case .trueFalse: "boolean"
    case .order, .shortAnswer, nil: "string"
    }
  }

  /// The prompt; for an order question, followed by its steps as the author lettered them.
  static func itemText(_ question: QuestionInfo) -> String {
    guard question.questionKind == .order, !question.choices.isEmpty else { return question.prompt }
    let steps = question.choices.indices.map { "\(letter($0))) \(question.choices[$0])" }
    return question.prompt + " Steps: " + steps.joined(separator: "; ")
  }

  private static func displayReference(_ name: String) -> OrderedJSON? {
    let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : .object([("display", .string(trimmed))])
  }

  static func letter(_ index: Int) -> String {
    guard (0..<26).contains(index) else { return String(index + 1) }
    return String(UnicodeScalar(UInt8(97 + index)))
  }

  /// FHIR dateTime in UTC, to the second.
  static func dateTime(_ date: Date) -> String {
    ISO8601DateFormatter.string(
      from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
  }

  /// A FHIR resource id (`[A-Za-z0-9\-\.]{1,64}`) made from any text.
  static func resourceID(_ text: String) -> String {
    let kept = text.unicodeScalars.map { scalar -> Character in
      scalar.isASCII
        && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == ".")
        ? Character(scalar) : "-"
    }
    let id = String(kept.prefix(64))
    return id.isEmpty ? "bundle" : id
  }

  /// A computable name (`[A-Z]([A-Za-z0-9_]){0,254}`): `implanted-port` → `ImplantedPort`.
  static func computableName(_ text: String) -> String {
    let words = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    var name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    if !(name.first.map { $0.isASCII && $0.isUppercase } ?? false) { name = "Q" + name }
    return String(name.prefix(255))
  }

  /// 16 hex digits from FNV-1a: stable across runs, for ids that must not change when the same
  /// record is rendered again.
  static func hash(_ text: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> String {
    var value = seed
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// A UUID (version 8, "custom": RFC 9562) derived from `key`, so `fullUrl`s are stable.
  static func uuid(_ key: String) -> String {
    var hex = Array(hash(key) + hash(key, seed: 0x8422_2325_cbf2_9ce4))
    hex[12] = "8"
    let variant = Int(String(hex[16]), radix: 16)! & 0x3 | 0x8
    hex[16] = Character(String(variant, radix: 16))
    let text = String(hex)
    let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
      String(text.dropFirst(range.lowerBound).prefix(range.count))
    }
    return parts.joined(separator: "-")
  }
}

/// Members of a JSON object in order; empty strings and missing values are left out (FHIR
/// forbids empty strings).
private struct Members {
  var list: [(String, OrderedJSON)] = []

  mutating func add(_ key: String, _ value: String) {
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.isEmpty { list.append((key, .string(trimmed))) }
  }

  mutating func add(_ key: String, _ value: OrderedJSON?) {
    guard let value else { return }
    if case .array(let elements) = value, elements.isEmpty { return }
    list.append((key, value))
  }
}
