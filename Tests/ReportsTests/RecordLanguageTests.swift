import Foundation
import Reports
import Testing

/// A record says the language the teaching happened in: in every format, and in FHIR as each
/// resource's `language` and the attached HTML record's.
@Suite struct RecordLanguageTests {
  /// The sample session, as if it was taught from the Spanish bundle and answered in Spanish.
  static func spanishRecord() -> EducationRecord {
    var record = SampleSession.record()
    record.bundle.language = "es"
    record.session?.language = "es"
    for learner in record.learners.indices {
      for answer in record.learners[learner].answers.indices {
        record.learners[learner].answers[answer].language = "es"
      }
    }
    return record
  }

  @Test func everyFHIRResourceAndTheAttachmentSayTheLanguage() throws {
    for (record, code) in [(SampleSession.record(), "en"), (Self.spanishRecord(), "es")] {
      let text = try ReportFormat.fhir.render(record, timeZone: .gmt)
      let bundle = try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      #expect(bundle["language"] as? String == code)
      let entries = try #require(bundle["entry"] as? [[String: Any]])
      let resources = entries.compactMap { $0["resource"] as? [String: Any] }
      #expect(!resources.isEmpty)
      #expect(resources.allSatisfy { $0["language"] as? String == code })
      let document = try #require(
        resources.first { $0["resourceType"] as? String == "DocumentReference" })
      let content = try #require((document["content"] as? [[String: Any]])?.first)
      let attachment = try #require(content["attachment"] as? [String: Any])
      #expect(attachment["language"] as? String == code)
    }
  }

  @Test func theOtherFormatsSayIt() throws {
    let record = Self.spanishRecord()
    #expect(try ReportFormat.md.render(record, timeZone: .gmt).contains("**Language:** Spanish"))
    #expect(
      try ReportFormat.html.render(record, timeZone: .gmt).contains("<p>Language: Spanish</p>"))
    let csv = try ReportFormat.csv.render(record, timeZone: .gmt)
    #expect(csv.hasPrefix(RecordCSVRenderer.columns.joined(separator: ",") + "\r\n"))
    #expect(csv.split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(",es") })
    let json = try ReportFormat.json.render(record, timeZone: .gmt)
    #expect(json.contains("\"language\" : \"es\"") || json.contains("\"language\":\"es\""))
  }

  @Test func aRecordOfBothLanguagesNamesBoth() {
    var record = Self.spanishRecord()
    record.learners[0].answers[0].language = "en"
    #expect(record.languageNames == "English and Spanish")
  }
}
