import Foundation

/// The people of the record: each learner (`Patient`, `RelatedPerson`, or `Practitioner` for an
/// educator learning), and the session's educator (`Practitioner`).
extension RecordFHIRRenderer {
  /// A learner's own resource, and the search that finds them already filed (an identified
  /// patient: by MRN).
  func person(_ index: Int, _ parties: FHIRParties) -> (resource: OrderedJSON, search: String?) {
    let learner = parties.record.learners[index]
    let role = RecordText.role(learner)
    var members = FHIRMembers()
    let type = parties.resourceType(of: learner)
    members.add("resourceType", type)
    members.add("id", "learner-\(index + 1)")
    switch type {
    case "Patient":
      let identity = learner.identity?.current
      let identityWords = identity.map { RecordText.identity($0) + "." } ?? "No MRN entered."
      members.add("text", FHIRType.narrative(["\(learner.name), patient. \(identityWords)"]))
      let identifier = identity.flatMap(Self.identifier)
      members.add("identifier", identifier.map { .array([$0.json]) })
      members.add("name", FHIRType.name(learner.name))
      members.add("birthDate", identity?.birthDate)
      return (members.object, identifier?.search)
    case "RelatedPerson":
      let patientName = parties.patientIndex.map { parties.record.learners[$0].name }
      members.add(
        "text",
        FHIRType.narrative([
          "\(learner.name), \(role)" + (patientName.map { ", of \($0)" } ?? "") + "."
        ]))
      members.add("patient", parties.requiredSubject(for: index))
      members.add("relationship", Self.relationship(learner).map { .array([$0]) })
      members.add("name", FHIRType.name(learner.name))
    default:
      members.add("text", FHIRType.narrative(["\(learner.name), \(role), learning."]))
      members.add("name", FHIRType.name(learner.name))
    }
    return (members.object, nil)
  }

  func educatorResource(_ parties: FHIRParties) -> OrderedJSON? {
    guard let name = parties.educatorName else { return nil }
    var members = FHIRMembers()
    members.add("resourceType", "Practitioner")
    members.add("id", "educator")
    members.add("text", FHIRType.narrative(["\(name), the educator who led the session."]))
    members.add("name", FHIRType.name(name))
    return members.object
  }

  /// The MRN as a FHIR identifier (type MR), with its issuing system when that is a URI, else
  /// the issuer by name; and, with a system, the search that finds the patient by it.
  private static func identifier(_ entry: IdentityRecord.Entry) -> (
    json: OrderedJSON, search: String?
  )? {
    guard let mrn = entry.mrn?.trimmingCharacters(in: .whitespaces), !mrn.isEmpty else {
      return nil
    }
    var members = FHIRMembers()
    members.add("use", "usual")
    members.add(
      "type",
      FHIRType.concept(
        [FHIRType.coding(FHIRType.identifierType, "MR", "Medical record number")],
        text: "Medical record number"))
    let issuer = (entry.mrnSystem ?? "").trimmingCharacters(in: .whitespaces)
    let system = isURI(issuer) ? issuer : nil
    members.add("system", system)
    members.add("value", mrn)
    if system == nil { members.add("assigner", FHIRType.displayReference(issuer)) }
    let search = system.map { "identifier=" + percentEncoded("\($0)|\(mrn)") }
    return (members.object, search)
  }

  static func isURI(_ text: String) -> Bool {
    ["urn:", "http://", "https://"].contains(where: text.lowercased().hasPrefix)
      && !text.contains(where: \.isWhitespace)
  }

  private static func percentEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics.intersection(.init(charactersIn: "\u{0}"..."\u{7F}"))
    allowed.insert(charactersIn: "-._~:/|")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }

  /// A caregiver's relationship coded: parent and spouse in HL7 v3 RoleCode, caregiver in v3
  /// RoleClass, other in HL7 v2 table 0131; the words as the record gives them.
  static func relationship(_ learner: LearnerRecord) -> OrderedJSON? {
    let coding: OrderedJSON? =
      switch learner.relationship {
      case "parent": FHIRType.coding(FHIRType.roleCode, "PRN", "parent")
      case "spouse": FHIRType.coding(FHIRType.roleCode, "SPS", "spouse")
      case "caregiver": FHIRType.coding(FHIRType.roleClass, "CAREGIVER", "caregiver")
      case "other": FHIRType.coding(FHIRType.relationshipV2, "O", "Other")
      default: nil
      }
    return FHIRType.concept(coding.map { [$0] } ?? [], text: RecordText.role(learner))
  }
}
