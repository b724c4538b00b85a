import Foundation
import LearnerStore
import Learning
import Reports
import TestSupport
import Testing

/// The patient's identity and return demonstrations on every record, in every format, with
/// corrections that keep the original.
@Suite("Identity and demonstrations in records")
struct IdentityRecordTests {
  static func record() -> EducationRecord {
    var patient = SampleSession.patientActivity
    patient.identity = [
      PatientIdentity(
        mrn: "12345", mrnSystem: "urn:oid:1.2.3.4", birthDate: "1961-04-12",
        enteredBy: "Ada Okafor, RN", enteredAt: SampleSession.minute(1)),
      PatientIdentity(
        mrn: "12354", mrnSystem: "urn:oid:1.2.3.4", birthDate: "1961-04-12",
        enteredBy: "Ben Ito", enteredAt: SampleSession.minute(40)),
    ]
    var parent = SampleSession.parentActivity
    let first = Demonstration(
      id: 1, learnerID: 8, teachingSessionID: 42, bundleID: "sample-port", topicID: "care",
      passed: false, note: "pushed too hard", at: SampleSession.minute(25), enteredBy: "Ada",
      replacesID: nil)
    let fixed = Demonstration(
      id: 2, learnerID: 8, teachingSessionID: 42, bundleID: "sample-port", topicID: "care",
      passed: true, note: "flushed slowly", at: SampleSession.minute(30), enteredBy: "Ada",
      replacesID: 1)
    let outside = Demonstration(
      id: 3, learnerID: 8, teachingSessionID: nil, bundleID: "sample-port", topicID: "about",
      passed: true, note: "", at: SampleSession.minute(-600), enteredBy: "Ada", replacesID: nil)
    parent.demonstrations = [first, fixed, outside]
    return EducationRecord(
      bundle: SampleSession.bundle, learners: [patient, parent],
      session: SampleSession.session(), generatedAt: SampleSession.generatedAt)
  }

  @Test func theCurrentEntryStandsAndTheOriginalIsKept() throws {
    let record = Self.record()
    let identity = try #require(record.learners[0].identity)
    #expect(identity.current.mrn == "12354" && identity.current.enteredBy == "Ben Ito")
    #expect(identity.earlier.map(\.mrn) == ["12345"])
    #expect(record.learners[1].identity == nil)
    let shown = record.learners[1].demonstrations
    #expect(shown.count == 1, "one standing demonstration; the one before the session is out")
    #expect(shown.first?.current.result == .passed)
    #expect(shown.first?.earlier.map(\.result) == [.needsPractice])
    #expect(shown.first?.earlier.first?.note == "pushed too hard")
  }

  @Test(arguments: ReportFormat.allCases)
  func everyFormatCarriesThem(_ format: ReportFormat) throws {
    let text = try format.render(Self.record(), timeZone: .gmt)
    #expect(text.contains("12354"), "\(format)")
    #expect(text.contains("1961-04-12"), "\(format)")
    #expect(text.contains("flushed slowly"), "\(format)")
  }

  @Test func theHumanFormatsSayWhoCorrectedWhatAndWhen() throws {
    let markdown = try ReportFormat.md.render(Self.record(), timeZone: .gmt)
    #expect(markdown.contains("MRN 12354 (urn:oid:1.2.3.4), born 1961-04-12; entered by Ben Ito"))
    #expect(markdown.contains("Corrected; before: MRN 12345"))
    #expect(
      markdown.contains("corrected from Needs practice — pushed too hard (29 Nov 2026, 09:25, Ada)")
    )
    let html = try ReportFormat.html.render(Self.record(), timeZone: .gmt)
    #expect(html.contains("Sam Rivera (MRN 12354)"), "the printed page footer says whose")
  }

  @Test func fhirGivesTheMRNAsIdentifierAndADemonstrationItsOwnObservation() throws {
    let text = try ReportFormat.fhir.render(Self.record())
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let resources = try #require(bundle["entry"] as? [[String: Any]]).compactMap {
      $0["resource"] as? [String: Any]
    }
    let patient = try #require(resources.first { $0["resourceType"] as? String == "Patient" })
    let identifier = try #require((patient["identifier"] as? [[String: Any]])?.first)
    #expect(identifier["system"] as? String == "urn:oid:1.2.3.4")
    #expect(identifier["value"] as? String == "12354")
    let type = (identifier["type"] as? [String: Any])?["coding"] as? [[String: Any]]
    #expect(type?.first?["code"] as? String == "MR")
    #expect(patient["birthDate"] as? String == "1961-04-12")
    let patientEntry = try #require(
      (bundle["entry"] as? [[String: Any]])?.first {
        ($0["resource"] as? [String: Any])?["resourceType"] as? String == "Patient"
      })
    #expect(
      (patientEntry["request"] as? [String: Any])?["ifNoneExist"] as? String
        == "identifier=urn:oid:1.2.3.4|12354", "filed once, against the patient's MRN")
    let observation = try #require(
      resources.first { $0["resourceType"] as? String == "Observation" })
    #expect(observation["status"] as? String == "amended")
    #expect(
      (observation["code"] as? [String: Any])?["text"] as? String
        == "Return demonstration: Caring for your port")
    #expect((observation["valueCodeableConcept"] as? [String: Any])?["text"] as? String == "Passed")
    #expect(
      (observation["focus"] as? [[String: Any]])?.first?["display"] as? String == "Lee, \"Jo\"",
      "the parent showed the skill; the patient is the subject")
    #expect((observation["subject"] as? [String: Any])?["display"] as? String == "Sam Rivera")
    #expect((observation["text"] as? [String: Any])?["status"] as? String == "generated")
  }

  @Test func theJSONMatchesTheSchema() throws {
    let schemaURL = RepositoryFiles.root.appendingPathComponent("docs/education-record.schema.json")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    let value = try JSONSerialization.jsonObject(
      with: Data(try ReportFormat.json.render(Self.record()).utf8))
    let problems = SchemaCheck(root: schema).problems(value, schema, at: "$")
    #expect(problems.isEmpty, "\(problems)")
  }
}
