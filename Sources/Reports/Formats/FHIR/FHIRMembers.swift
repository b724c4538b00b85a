import Foundation

/// Members of a JSON object in order; empty strings and missing values are left out (FHIR
/// forbids empty strings).
struct FHIRMembers {
  var list: [(String, OrderedJSON)] = []

  mutating func add(_ key: String, _ value: String?) {
    let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.isEmpty { list.append((key, .string(trimmed))) }
  }

  mutating func add(_ key: String, _ value: OrderedJSON?) {
    guard let value else { return }
    if case .array(let elements) = value, elements.isEmpty { return }
    list.append((key, value))
  }

  var object: OrderedJSON { .object(list) }
}

/// The small FHIR data types the bundle is made of.
enum FHIRType {
  static let snomed = "http://snomed.info/sct"
  static let loinc = "http://loinc.org"
  static let roleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
  static let roleClass = "http://terminology.hl7.org/CodeSystem/v3-RoleClass"
  static let relationshipV2 = "http://terminology.hl7.org/CodeSystem/v2-0131"
  static let identifierType = "http://terminology.hl7.org/CodeSystem/v2-0203"
  static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
  /// Teachback's own codes for a topic's teach-back outcome (`TeachBackOutcome.rawValue`).
  static let outcomeSystem = "urn:teachback:teach-back-outcome"
  /// Teachback's own codes for a return demonstration's result.
  static let demonstrationSystem = "urn:teachback:return-demonstration"

  static func coding(_ system: String?, _ code: String, _ display: String) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("system", system)
    members.add("code", code)
    members.add("display", display)
    return members.object
  }

  static func concept(_ codings: [OrderedJSON], text: String) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("coding", .array(codings))
    members.add("text", text)
    return members.object
  }

  /// A reference to an entry of the bundle by its `fullUrl`, with the name it is known by.
  static func reference(_ fullUrl: String, display: String?) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("reference", fullUrl)
    members.add("display", display)
    return members.object
  }

  /// A reference that names someone without an entry of their own.
  static func displayReference(_ name: String) -> OrderedJSON? {
    let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : .object([("display", .string(trimmed))])
  }

  /// `text`: generated XHTML narrative from paragraphs of plain words (escaped here).
  static func narrative(_ paragraphs: [String], list: [String] = []) -> OrderedJSON {
    let h = HTMLPage.escape
    var div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">"
    for paragraph in paragraphs where !paragraph.isEmpty { div += "<p>\(h(paragraph))</p>" }
    if !list.isEmpty { div += "<ul>" + list.map { "<li>\(h($0))</li>" }.joined() + "</ul>" }
    div += "</div>"
    return .object([("status", .string("generated")), ("div", .string(div))])
  }

  /// A human name given as written.
  static func name(_ text: String) -> OrderedJSON? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : .array([.object([("text", .string(trimmed))])])
  }
}
