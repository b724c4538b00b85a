import Curriculum

/// A JSON value whose objects keep their keys in the order given, for documents people read
/// (FHIR's convention puts `resourceType` first and follows the specification's element order).
enum OrderedJSON: Sendable, Hashable {
  case object([(String, OrderedJSON)])
  case array([OrderedJSON])
  case string(String)
  case int(Int)
  case bool(Bool)

  static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool { lhs.text() == rhs.text() }
  func hash(into hasher: inout Hasher) { hasher.combine(text()) }

  /// Pretty-printed with two-space indentation.
  func text(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .object(let members):
      guard !members.isEmpty else { return "{}" }
      let lines = members.map { "\(pad)\(JSONText.quote($0.0)): \($0.1.text(indent: indent + 1))" }
      return "{\n" + lines.joined(separator: ",\n") + "\n\(close)}"
    case .array(let elements):
      guard !elements.isEmpty else { return "[]" }
      let lines = elements.map { pad + $0.text(indent: indent + 1) }
      return "[\n" + lines.joined(separator: ",\n") + "\n\(close)]"
    case .string(let value): return JSONText.quote(value)
    case .int(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    }
  }
}
