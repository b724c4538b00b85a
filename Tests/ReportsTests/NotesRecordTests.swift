import Foundation
import Learning
import Reports
import TestSupport
import Testing

/// Notes belong to a learner or the whole session and appear in each learner's part of the
/// record, with a caregiver's relationship, in every format.
@Suite("Notes and relationships in records")
struct NotesRecordTests {
  static func record() -> EducationRecord {
    var patient = SampleSession.patientActivity
    patient.notes = [
      RecordNote(at: SampleSession.minute(2), text: "needs glasses", about: "Sam Rivera"),
      RecordNote(at: SampleSession.minute(3), text: "short visit"),
    ]
    var parent = SampleSession.parentActivity
    parent.relationship = .spouse
    parent.notes = [
      RecordNote(at: SampleSession.minute(4), text: "prefers Spanish", about: "Lee, \"Jo\""),
      RecordNote(at: SampleSession.minute(3), text: "short visit"),
    ]
    return EducationRecord(
      bundle: SampleSession.bundle, learners: [patient, parent],
      session: SampleSession.session(), generatedAt: SampleSession.generatedAt)
  }

  @Test func eachLearnerKeepsTheirNotesInTimeOrder() {
    let record = Self.record()
    #expect(record.learners[0].notes.map(\.text) == ["needs glasses", "short visit"])
    #expect(record.learners[1].notes.map(\.text) == ["short visit", "prefers Spanish"])
    #expect(record.learners[1].relationship == "spouse")
    #expect(record.learners[0].relationship == nil)
  }

  @Test(arguments: ReportFormat.allCases)
  func everyFormatCarriesTheNotesAndTheRelationship(_ format: ReportFormat) throws {
    let text = try format.render(Self.record(), timeZone: .gmt)
    #expect(text.contains("prefers Spanish"), "\(format)")
    #expect(text.contains("needs glasses"), "\(format)")
    #expect(text.contains("spouse"), "\(format)")
  }

  @Test func csvRowsCarryTheLearnersOwnNotes() throws {
    let rows = try #require(CSVParser.parse(try ReportFormat.csv.render(Self.record())))
    let column = { (name: String) in RecordCSVRenderer.columns.firstIndex(of: name)! }
    let parent = try #require(rows.first { $0[0] == "Lee, \"Jo\"" })
    #expect(parent[column("relationship")] == "spouse")
    #expect(parent[column("notes")].contains("prefers Spanish"))
    #expect(!parent[column("notes")].contains("needs glasses"))
  }
}
