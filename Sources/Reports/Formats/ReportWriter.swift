import Curriculum
import Foundation

/// Writes an education record or a handout to a file readable only by its owner (0600,
/// atomically).
package enum ReportWriter {
  /// Renders `record` as `format` and writes it to `file`.
  /// - Throws: `FileProblem` when the file cannot be written, `ReportError` when the record
  ///   cannot be encoded.
  package static func write(
    _ record: EducationRecord, format: ReportFormat, to file: URL, timeZone: TimeZone = .current,
    fhirQuestionnaireBase: String = RecordFHIRRenderer.defaultCanonicalBase
  ) throws {
    let text = try format.render(
      record, timeZone: timeZone, fhirQuestionnaireBase: fhirQuestionnaireBase)
    try PrivateFile.write(Data(text.utf8), to: file)
  }

  /// Writes `handout` as `format` to `file`.
  /// - Throws: `FileProblem` when the file cannot be written.
  package static func write(_ handout: Handout, format: Handout.Format, to file: URL)
    throws(FileProblem)
  {
    try PrivateFile.write(Data(handout.render(format).utf8), to: file)
  }
}
