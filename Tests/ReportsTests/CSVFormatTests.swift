import Foundation
import Reports
import Testing

@Suite("CSV roster")
struct CSVFormatTests {
  let record = SampleSession.record()

  private func rows() throws -> [[String]] {
    try #require(CSVParser.parse(try ReportFormat.csv.render(record)))
  }

  @Test func oneRowPerLearnerAndTopicAfterTheHeader() throws {
    let rows = try rows()
    #expect(rows.first == RecordCSVRenderer.columns)
    #expect(rows.count == 1 + record.learners.map(\.topics.count).reduce(0, +))
    #expect(rows.allSatisfy { $0.count == RecordCSVRenderer.columns.count })
  }

  @Test func aNameWithACommaAndQuotesSurvives() throws {
    let text = try ReportFormat.csv.render(record)
    #expect(text.contains("\"Lee, \"\"Jo\"\"\""))
    let rows = try rows()
    let parentRows = rows.filter { $0[0] == "Lee, \"Jo\"" }
    #expect(parentRows.count == 2)
    let care = try #require(parentRows.first { $0[3] == "care" })
    let column = { (name: String) in RecordCSVRenderer.columns.firstIndex(of: name)! }
    #expect(care[column("outcome")] == "needsReview")
    #expect(care[column("missed_question_ids")] == "care-fever care-signs")
    #expect(care[column("red_flags_missed")] == "1")
    #expect(care[column("educator")] == "Ada Okafor, RN")
    #expect(care[column("session_start")] == "2026-11-29T09:00:00Z")
    let about = try #require(parentRows.first { $0[3] == "about" })
    #expect(about[column("outcome")] == "notAssessed")
    #expect(care[column("red_flags_ever_missed")] == "care-fever")
  }

  @Test func linesEndInCRLF() throws {
    let text = try ReportFormat.csv.render(record)
    #expect(text.hasSuffix("\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }

  /// (a learner's name, its CSV field, the value a spreadsheet reads back)
  @Test(arguments: [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1", "'+1", "'+1"),
    ("-2+3", "'-2+3", "'-2+3"), ("@cmd", "'@cmd", "'@cmd"), ("plain", "plain", "plain"),
    ("a,b", "\"a,b\"", "a,b"), ("say \"hi\"", "\"say \"\"hi\"\"\"", "say \"hi\""),
    ("two\nlines", "\"two\nlines\"", "two\nlines"), ("=1,2", "\"'=1,2\"", "'=1,2"),
  ])
  func fieldsAreGuardedAndQuoted(name: String, field: String, readBack: String) throws {
    let learner = SampleSession.activity(
      .init(id: 1, name: name, role: .patient, pathID: nil), [], read: [])
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [learner], session: nil,
      generatedAt: SampleSession.generatedAt)
    let text = RecordCSVRenderer().render(record)
    let body = String(text[text.range(of: "\r\n")!.upperBound...])
    #expect(body.hasPrefix(field + ","))
    let parsed = try #require(CSVParser.parse(text))
    #expect(parsed[1][0] == readBack)
  }
}
