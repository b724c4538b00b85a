import Foundation

/// The formats an education record is written in.
package enum ReportFormat: String, Sendable, CaseIterable {
  case md, html, json, csv, fhir

  /// The usual file name ending, without the dot.
  package var fileExtension: String {
    switch self {
    case .md: "md"
    case .html: "html"
    case .json: "json"
    case .csv: "csv"
    case .fhir: "fhir.json"
    }
  }

  /// The record in this format. Times in HTML and Markdown read in `timeZone`; JSON, CSV and
  /// FHIR always use UTC. `fhirQuestionnaireBase` prefixes the questionnaire's canonical URL.
  package func render(
    _ record: EducationRecord, timeZone: TimeZone = .current,
    fhirQuestionnaireBase: String = RecordFHIRRenderer.defaultCanonicalBase
  ) throws -> String {
    switch self {
    case .md: RecordMarkdownRenderer(timeZone: timeZone).render(record)
    case .html: RecordHTMLRenderer(timeZone: timeZone).render(record)
    case .json: try RecordJSONRenderer().render(record)
    case .csv: RecordCSVRenderer().render(record)
    case .fhir:
      try RecordFHIRRenderer(canonicalBase: fhirQuestionnaireBase, timeZone: timeZone).render(
        record)
    }
  }
}
