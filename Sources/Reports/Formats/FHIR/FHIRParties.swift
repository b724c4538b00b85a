import Foundation

/// Who and what the bundle's entries point at: each entry's `fullUrl` (a `urn:uuid:` derived
/// from the record, so the same record always gives the same bundle), and references to them.
///
/// Each learner has an entry of their own — a patient a `Patient`, a caregiver a
/// `RelatedPerson`, an educator learning a `Practitioner` — and the session's educator is a
/// `Practitioner`. The first patient learner is *the* patient: the subject of everything
/// taught; a patient learner is the subject of their own answers.
struct FHIRParties {
  let record: EducationRecord
  private let key: String

  init(_ record: EducationRecord) {
    self.record = record
    self.key =
      RecordFHIRRenderer.dateTime(record.generatedAt) + "|" + record.bundle.id + "|"
      + (record.session?.id ?? "")
  }

  func url(_ what: String) -> String { "urn:uuid:" + RecordFHIRRenderer.uuid(key + "|" + what) }

  var questionnaire: String { url("questionnaire") }
  var document: String { url("document") }
  var encounter: String? { record.session == nil ? nil : url("encounter") }
  var educator: String? { educatorName == nil ? nil : url("educator") }

  var educatorName: String? {
    let name = record.session?.educatorName.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return name.isEmpty ? nil : name
  }

  /// The FHIR resource type of a learner's own entry.
  func resourceType(of learner: LearnerRecord) -> String {
    switch learner.role {
    case "patient": "Patient"
    case "educator": "Practitioner"
    default: "RelatedPerson"
    }
  }

  func learner(_ index: Int) -> String { url("learner|\(index)|\(record.learners[index].name)") }

  func learnerReference(_ index: Int) -> OrderedJSON {
    FHIRType.reference(learner(index), display: record.learners[index].name)
  }

  /// The index of the patient everything is about, when the record has one.
  var patientIndex: Int? { record.learners.firstIndex { $0.role == "patient" } }

  /// The patient a learner's answers and teaching are about: a patient learner themselves, else
  /// the record's patient; nil when the record has none.
  func subjectIndex(for index: Int) -> Int? {
    record.learners[index].role == "patient" ? index : patientIndex
  }

  func subject(for index: Int) -> OrderedJSON? { subjectIndex(for: index).map(learnerReference) }

  /// For an element that must name a patient: when no patient learned in this record, says so.
  func requiredSubject(for index: Int) -> OrderedJSON {
    subject(for: index)
      ?? .object([("display", .string("The patient (not a learner in this record)"))])
  }

  var educatorReference: OrderedJSON? {
    educator.map { FHIRType.reference($0, display: educatorName) }
  }

  var encounterReference: OrderedJSON? {
    encounter.map { FHIRType.reference($0, display: "Teaching session") }
  }

  var documentReference: OrderedJSON {
    FHIRType.reference(document, display: "Patient education record")
  }

  /// Someone who entered a demonstration: the educator's entry when it was them.
  func enteredBy(_ name: String) -> OrderedJSON? {
    if let educatorReference, name.trimmingCharacters(in: .whitespacesAndNewlines) == educatorName {
      return educatorReference
    }
    return FHIRType.displayReference(name)
  }
}
