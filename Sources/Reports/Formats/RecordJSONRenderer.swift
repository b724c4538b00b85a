import Foundation

/// The education record as JSON (`docs/education-record.schema.json`): keys sorted, dates in
/// ISO 8601 (UTC), pretty-printed so a diff reads well.
package struct RecordJSONRenderer: Sendable {
  package init() {}

  package func render(_ record: EducationRecord) throws -> String {
    let data: Data
    do {
      data = try Self.encoder.encode(record.neutralised())
    } catch {
      throw ReportError.cannotEncode(String(describing: error))
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Reads a record written by `render`.
  package static func decode(_ text: String) throws -> EducationRecord {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(EducationRecord.self, from: Data(text.utf8))
  }

  private static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }
}
