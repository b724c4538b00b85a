import Foundation
import Reports
import TestSupport
import Testing

@Suite("JSON record")
struct JSONFormatTests {
  let record = SampleSession.record()

  @Test func decodesBackToTheSameRecord() throws {
    let text = try ReportFormat.json.render(record)
    let decoded = try RecordJSONRenderer.decode(text)
    #expect(decoded == record)
    #expect(decoded.format == "teachback-education-record")
    #expect(decoded.schemaVersion == 2)
    #expect(decoded.learners.map(\.name) == ["Sam Rivera", "Lee, \"Jo\""])
    #expect(decoded.learners[1].topics[1].outcome == .needsReview)
    #expect(decoded.session?.notes.contains { $0.text == SampleSession.hostileNote } == true)
  }

  @Test func datesAreISO8601AndKeysSorted() throws {
    let text = try ReportFormat.json.render(record)
    #expect(text.contains("\"generatedAt\" : \"2026-11-29T09:50:00Z\""))
    #expect(text.contains("\"startedAt\" : \"2026-11-29T09:00:00Z\""))
    #expect(text.contains("\"outcome\" : \"needsReview\""))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "bundle", "format", "generatedAt", "learners", "questions",
        "schemaVersion", "session",
      ])
    let topLevelKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }
      .map { $0.dropFirst(3).prefix { $0 != "\"" } }
    #expect(topLevelKeys == topLevelKeys.sorted())
    #expect(try ReportFormat.json.render(record) == text, "rendering is deterministic")
  }

  @Test func matchesTheDocumentedSchema() throws {
    let schemaURL = RepositoryFiles.root.appendingPathComponent("docs/education-record.schema.json")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    for ended in [true, false] {
      let text = try ReportFormat.json.render(SampleSession.record(ended: ended))
      let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
      let problems = SchemaCheck(root: schema).problems(value, schema, at: "$")
      #expect(problems.isEmpty, "\(problems)")
    }
    let noSession = EducationRecord(
      bundle: SampleSession.bundle, learners: [], session: nil,
      generatedAt: SampleSession.generatedAt)
    let value = try JSONSerialization.jsonObject(
      with: Data(try ReportFormat.json.render(noSession).utf8))
    #expect(SchemaCheck(root: schema).problems(value, schema, at: "$").isEmpty)
  }

  @Test func theSchemaCheckCatchesUndocumentedAndMissingFields() throws {
    let schemaURL = RepositoryFiles.root.appendingPathComponent("docs/education-record.schema.json")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    let text = try ReportFormat.json.render(SampleSession.record())
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    object["extra"] = 1
    object["generatedAt"] = "yesterday"
    object["questions"] = nil
    let problems = SchemaCheck(root: schema).problems(object, schema, at: "$")
    #expect(problems.contains("$: undocumented key extra"))
    #expect(problems.contains("$: missing questions"))
    #expect(problems.contains { $0.hasPrefix("$.generatedAt:") })
  }
}

/// The subset of JSON Schema the record's schema uses: `type` (one or a list), `properties`,
/// `required`, `additionalProperties: false`, `items`, `enum`, `minimum`, `maximum`, `$ref` to
/// `#/$defs/…`, and `format: date-time` (ISO 8601 in UTC).
struct SchemaCheck {
  let root: [String: Any]

  func problems(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
    if let ref = schema["$ref"] as? String {
      let name = String(ref.dropFirst("#/$defs/".count))
      guard let defs = root["$defs"] as? [String: Any], let target = defs[name] as? [String: Any]
      else { return ["\(path): unknown $ref \(ref)"] }
      return problems(value, target, at: path)
    }
    var found: [String] = []
    let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
    if !types.isEmpty && !types.contains(where: { matches(value, $0) }) {
      return ["\(path): expected \(types), got \(value)"]
    }
    if let allowed = schema["enum"] as? [String], let string = value as? String,
      !allowed.contains(string)
    {
      found.append("\(path): \(string) is not one of \(allowed)")
    }
    if let number = (value as? NSNumber).map(\.doubleValue), !(value is String) {
      if let minimum = schema["minimum"] as? Double, number < minimum {
        found.append("\(path): below minimum")
      }
      if let maximum = schema["maximum"] as? Double, number > maximum {
        found.append("\(path): above maximum")
      }
    }
    if schema["format"] as? String == "date-time", let string = value as? String,
      ISO8601DateFormatter().date(from: string) == nil
    {
      found.append("\(path): \(string) is not an ISO 8601 date-time")
    }
    if let object = value as? [String: Any] {
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        found.append("\(path): missing \(key)")
      }
      for (key, member) in object {
        if let memberSchema = properties[key] as? [String: Any] {
          found += problems(member, memberSchema, at: "\(path).\(key)")
        } else if schema["additionalProperties"] as? Bool == false {
          found.append("\(path): undocumented key \(key)")
        }
      }
    }
    if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
      for (index, element) in array.enumerated() {
        found += problems(element, items, at: "\(path)[\(index)]")
      }
    }
    return found
  }

  private func matches(_ value: Any, _ type: String) -> Bool {
    switch type {
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    case "string": return value is String
    case "boolean": return (value as? NSNumber).map(isBoolean) == true
    case "integer":
      guard let number = value as? NSNumber, !isBoolean(number) else { return false }
      return number.doubleValue.rounded() == number.doubleValue
    case "number":
      guard let number = value as? NSNumber else { return false }
      return !isBoolean(number)
    case "null": return value is NSNull
    default: return false
    }
  }

  private func isBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
  }
}
