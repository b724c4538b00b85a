import Foundation
import Markdown

/// The education record as a FHIR R4 `transaction` Bundle an EHR can file: the patient
/// (`Patient`, identified by the MRN), each caregiver (`RelatedPerson`), the educator
/// (`Practitioner`), the session (`Encounter`), one `Procedure` (SNOMED CT 311401005 "Patient
/// education") per topic taught to each learner with its teach-back outcome, one
/// `QuestionnaireResponse` per learner, an `Observation` per return demonstration, and the HTML
/// record as a `DocumentReference` (LOINC 34895-3 "Education note"). Every entry is `POST`ed;
/// the `Questionnaire` and an identified `Patient` only when not already there (`ifNoneExist`).
/// Each element's source is listed in `docs/reports.md`.
package struct RecordFHIRRenderer: Sendable {
  /// Prefix of the questionnaire's canonical URL; the content bundle's id is appended.
  package var canonicalBase: String
  /// The zone of the times in the HTML record the `DocumentReference` carries; FHIR's own
  /// times are always UTC.
  package var timeZone: TimeZone

  package static let defaultCanonicalBase = "urn:teachback:questionnaire:"

  package init(
    canonicalBase: String = Self.defaultCanonicalBase,
    timeZone: TimeZone = TimeZone(identifier: "UTC")!
  ) {
    self.canonicalBase = canonicalBase
    self.timeZone = timeZone
  }

  package func render(_ record: EducationRecord) throws -> String {
    bundle(record.neutralised()).text() + "\n"
  }

  // MARK: - Bundle

  func bundle(_ record: EducationRecord) -> OrderedJSON {
    let parties = FHIRParties(record)
    let language = record.bundle.language
    var entries = [
      entry(
        questionnaire(record), url: parties.questionnaire,
        ifNoneExist: "url=\(canonical(record))&version=\(record.bundle.version)")
    ]
    for index in record.learners.indices {
      let person = person(index, parties)
      entries.append(
        entry(person.resource, url: parties.learner(index), ifNoneExist: person.search))
    }
    if let educator = parties.educator, let practitioner = educatorResource(parties) {
      entries.append(entry(practitioner, url: educator))
    }
    if let encounter = parties.encounter, let resource = encounterResource(parties) {
      entries.append(entry(resource, url: encounter))
    }
    var demonstrated = 0
    for (index, learner) in record.learners.enumerated() {
      for (number, topic) in taughtTopics(of: learner).enumerated() {
        entries.append(
          entry(
            procedure(topic, learner: index, parties),
            url: parties.url("procedure|\(index)|\(number)|\(topic.id)")))
      }
      entries.append(
        entry(response(index, parties), url: parties.url("response|\(index)|\(learner.name)")))
      for demonstration in learner.demonstrations {
        demonstrated += 1
        entries.append(
          entry(
            observation(demonstration, learner: index, number: demonstrated, parties),
            url: parties.url(
              "demonstration|\(index)|\(demonstration.topicID)|"
                + Self.dateTime(demonstration.current.at))))
      }
    }
    entries.append(entry(documentReference(parties), url: parties.document))
    var members = FHIRMembers()
    members.add("resourceType", "Bundle")
    members.add(
      "id", "teachback-" + Self.hash(Self.dateTime(record.generatedAt) + record.bundle.id))
    members.add("language", language)
    members.add("type", "transaction")
    members.add("timestamp", Self.dateTime(record.generatedAt))
    members.add("entry", .array(entries.map { Self.inLanguage($0, language) }))
    return members.object
  }

  /// An entry to create: its `fullUrl`, the resource, and a `POST` of it (only when no resource
  /// matches `ifNoneExist`, when given).
  private func entry(_ resource: OrderedJSON, url: String, ifNoneExist: String? = nil)
    -> OrderedJSON
  {
    guard case .object(let members) = resource,
      case .string(let type)? = members.first(where: { $0.0 == "resourceType" })?.1
    else { preconditionFailure("a FHIR resource starts with its resourceType") }
    var request = FHIRMembers()
    request.add("method", "POST")
    request.add("url", type)
    request.add("ifNoneExist", ifNoneExist)
    return .object([("fullUrl", .string(url)), ("resource", resource), ("request", request.object)])
  }

  /// An entry whose resource says the language of its text (R4 `Resource.language`), after
  /// its `resourceType` and `id`.
  private static func inLanguage(_ entry: OrderedJSON, _ language: String) -> OrderedJSON {
    guard case .object(var members) = entry,
      let index = members.firstIndex(where: { $0.0 == "resource" }),
      case .object(var resource) = members[index].1
    else { return entry }
    let after = resource.firstIndex(where: { $0.0 == "id" }).map { $0 + 1 } ?? 1
    resource.insert(("language", .string(language)), at: min(after, resource.count))
    members[index].1 = .object(resource)
    return .object(members)
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
