import Foundation
import Reports
import Testing

@Suite("FHIR R4 bundle")
struct FHIRFormatTests {
  let record = SampleSession.record()

  private func parse(_ record: EducationRecord) throws -> [String: Any] {
    let text = try ReportFormat.fhir.render(record, timeZone: .gmt)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  private func resources(_ bundle: [String: Any]) throws -> [[String: Any]] {
    let entries = try #require(bundle["entry"] as? [[String: Any]])
    return try entries.map { try #require($0["resource"] as? [String: Any]) }
  }

  private func resource(_ all: [[String: Any]], _ type: String, id: String? = nil) throws
    -> [String: Any]
  {
    try #require(
      all.first {
        $0["resourceType"] as? String == type && (id == nil || $0["id"] as? String == id)
      })
  }

  private func responses(_ all: [[String: Any]]) -> [[String: Any]] {
    all.filter { $0["resourceType"] as? String == "QuestionnaireResponse" }
  }

  @Test func isATransactionAnEHRCanFile() throws {
    let bundle = try parse(record)
    #expect(bundle["resourceType"] as? String == "Bundle")
    #expect(bundle["type"] as? String == "transaction")
    let entries = try #require(bundle["entry"] as? [[String: Any]])
    let urls = entries.compactMap { $0["fullUrl"] as? String }
    #expect(urls.count == entries.count && Set(urls).count == urls.count)
    #expect(urls.allSatisfy { $0.hasPrefix("urn:uuid:") && $0.count == 45 })
    for entry in entries {
      let request = try #require(entry["request"] as? [String: Any])
      let resource = try #require(entry["resource"] as? [String: Any])
      #expect(request["method"] as? String == "POST")
      #expect(request["url"] as? String == resource["resourceType"] as? String)
      let text = try #require(resource["text"] as? [String: Any], "narrative on every resource")
      #expect(text["status"] as? String == "generated")
      #expect(
        (text["div"] as? String)?.hasPrefix("<div xmlns=\"http://www.w3.org/1999/xhtml\">") == true)
    }
    let kinds = try resources(bundle).map { $0["resourceType"] as! String }
    #expect(
      kinds == [
        "Questionnaire", "Patient", "RelatedPerson", "Practitioner", "Encounter", "Procedure",
        "Procedure", "QuestionnaireResponse", "Procedure", "QuestionnaireResponse",
        "DocumentReference",
      ])
    let questionnaireRequest = try #require(entries[0]["request"] as? [String: Any])
    #expect(
      questionnaireRequest["ifNoneExist"] as? String
        == "url=urn:teachback:questionnaire:sample-port&version=1.2.0")
    let text = try ReportFormat.fhir.render(record)
    #expect(text.hasPrefix("{\n  \"resourceType\": \"Bundle\""))
    #expect(try ReportFormat.fhir.render(record) == text, "ids are stable")
  }

  @Test func everyReferencePointsAtAnEntry() throws {
    let bundle = try parse(record)
    let entries = try #require(bundle["entry"] as? [[String: Any]])
    let urls = Set(entries.compactMap { $0["fullUrl"] as? String })
    func references(_ value: Any) -> [String] {
      if let object = value as? [String: Any] {
        let own = (object["reference"] as? String).map { [$0] } ?? []
        return own + object.values.flatMap(references)
      }
      if let array = value as? [Any] { return array.flatMap(references) }
      return []
    }
    let all = references(entries.map { $0["resource"]! })
    #expect(all.count > 20)
    #expect(all.allSatisfy(urls.contains), "\(all.filter { !urls.contains($0) })")
  }

  @Test func thePeopleAreThePatientTheCaregiverAndTheEducator() throws {
    let bundle = try parse(record)
    let entries = try #require(bundle["entry"] as? [[String: Any]])
    func url(_ type: String) -> String? {
      entries.first { ($0["resource"] as? [String: Any])?["resourceType"] as? String == type }?[
        "fullUrl"] as? String
    }
    let all = try resources(bundle)
    let patient = try resource(all, "Patient")
    #expect((patient["name"] as? [[String: Any]])?.first?["text"] as? String == "Sam Rivera")
    let related = try resource(all, "RelatedPerson")
    #expect((related["patient"] as? [String: Any])?["reference"] as? String == url("Patient"))
    let relationship = try #require((related["relationship"] as? [[String: Any]])?.first)
    #expect(relationship["text"] as? String == "parent or caregiver")
    let educator = try resource(all, "Practitioner")
    #expect((educator["name"] as? [[String: Any]])?.first?["text"] as? String == "Ada Okafor, RN")
    let encounter = try resource(all, "Encounter")
    #expect(encounter["status"] as? String == "finished")
    #expect((encounter["class"] as? [String: Any])?["code"] as? String == "AMB")
    #expect((encounter["subject"] as? [String: Any])?["reference"] as? String == url("Patient"))
    let period = try #require(encounter["period"] as? [String: Any])
    #expect(period["start"] as? String == "2026-11-29T09:00:00Z")
    #expect(period["end"] as? String == "2026-11-29T09:45:00Z")
    let (patientResponse, parentResponse) = (responses(all)[0], responses(all)[1])
    for response in [patientResponse, parentResponse] {
      #expect((response["subject"] as? [String: Any])?["reference"] as? String == url("Patient"))
      #expect(
        (response["author"] as? [String: Any])?["reference"] as? String == url("Practitioner"))
      #expect(
        (response["encounter"] as? [String: Any])?["reference"] as? String == url("Encounter"))
    }
    #expect(
      (patientResponse["source"] as? [String: Any])?["reference"] as? String == url("Patient"))
    #expect(
      (parentResponse["source"] as? [String: Any])?["reference"] as? String
        == url("RelatedPerson"))
    #expect((parentResponse["source"] as? [String: Any])?["display"] as? String == "Lee, \"Jo\"")
  }

  @Test func eachTopicTaughtIsAPatientEducationProcedureWithItsOutcome() throws {
    let all = try resources(try parse(record))
    let procedures = all.filter { $0["resourceType"] as? String == "Procedure" }
    #expect(procedures.count == 3, "patient: about and care; parent: care")
    for procedure in procedures {
      #expect(procedure["status"] as? String == "completed")
      let coding = try #require(
        ((procedure["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first)
      #expect(coding["system"] as? String == "http://snomed.info/sct")
      #expect(coding["code"] as? String == "311401005")
      #expect(coding["display"] as? String == "Patient education (procedure)")
      #expect(procedure["subject"] is [String: Any] && procedure["encounter"] is [String: Any])
      #expect(procedure["performedPeriod"] is [String: Any])
    }
    let outcomes = procedures.map {
      let outcome = $0["outcome"] as? [String: Any]
      return (outcome?["coding"] as? [[String: Any]])?.first?["code"] as? String
    }
    #expect(outcomes == ["understoodAfterReteaching", "partlyUnderstood", "needsReview"])
    let first = try #require(procedures.first?["outcome"] as? [String: Any])
    #expect(first["text"] as? String == "Understood after re-teaching")
  }

  @Test func theHTMLRecordTravelsAsAnEducationNote() throws {
    let all = try resources(try parse(record))
    let document = try resource(all, "DocumentReference")
    #expect(document["status"] as? String == "current")
    #expect(document["docStatus"] as? String == "final")
    let type = try #require(
      ((document["type"] as? [String: Any])?["coding"] as? [[String: Any]])?.first)
    #expect(type["system"] as? String == "http://loinc.org")
    #expect(type["code"] as? String == "34895-3")
    #expect(type["display"] as? String == "Education note")
    let content = try #require((document["content"] as? [[String: Any]])?.first)
    let attachment = try #require(content["attachment"] as? [String: Any])
    #expect(attachment["contentType"] as? String == "text/html;charset=utf-8")
    let data = try #require(Data(base64Encoded: attachment["data"] as? String ?? ""))
    let html = try #require(String(data: data, encoding: .utf8))
    #expect(html == RecordHTMLRenderer(timeZone: .gmt).render(record))
  }

  @Test func theQuestionnaireDateIsTheContentVersionsNotTheExports() throws {
    var record = record
    record.bundle.sources = [
      .init(title: "A", publisher: "P", url: "", reviewed: "2025-02-01"),
      .init(title: "B", publisher: "P", url: "", reviewed: "2026-03-04"),
    ]
    var later = record
    later.generatedAt = later.generatedAt.addingTimeInterval(86_400 * 30)
    let dates = try [record, later].map { try resources(try parse($0))[0]["date"] as? String }
    #expect(dates[0] != nil && dates[0] == dates[1])
    #expect(dates[0] == "2026-03-04", "the newest source review of the version")
  }

  @Test func theQuestionnaireCanLiveWhereTheHealthSystemSays() throws {
    let text = try ReportFormat.fhir.render(
      record, fhirQuestionnaireBase: "https://fhir.example.org/Questionnaire/")
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let all = try resources(bundle)
    #expect(all[0]["url"] as? String == "https://fhir.example.org/Questionnaire/sample-port")
    #expect(
      responses(all)[0]["questionnaire"] as? String
        == "https://fhir.example.org/Questionnaire/sample-port|1.2.0")
  }

  @Test func questionnaireHasEveryRequiredElement() throws {
    let questionnaire = try resources(try parse(record))[0]
    #expect(questionnaire["status"] as? String == "active")
    #expect(questionnaire["url"] as? String == "urn:teachback:questionnaire:sample-port")
    #expect(questionnaire["version"] as? String == "1.2.0")
    #expect(questionnaire["name"] as? String == "SamplePort")
    #expect(isResourceID(questionnaire["id"]))
    let items = try #require(questionnaire["item"] as? [[String: Any]])
    #expect(items.map { $0["linkId"] as? String } == SampleSession.bundle.questions.map(\.id))
    let types = Dictionary(
      uniqueKeysWithValues: items.map {
        ($0["linkId"] as! String, $0["type"] as? String)
      })
    #expect(types["about-what"] == "open-choice")
    #expect(types["about-skin"] == "boolean")
    #expect(types["about-why"] == "string")
    #expect(types["care-signs"] == "open-choice")
    #expect(types["care-steps"] == "string")
    for item in items {
      #expect(item["text"] is String)
      let options = item["answerOption"] as? [[String: Any]]
      if item["type"] as? String == "open-choice" {
        let codings = try #require(options).map { $0["valueCoding"] as? [String: Any] }
        #expect(codings.allSatisfy { $0?["code"] is String && $0?["display"] is String })
      } else {
        #expect(options == nil, "only choice items may have answerOption")
      }
    }
    let signs = try #require(items.first { $0["linkId"] as? String == "care-signs" })
    #expect(signs["repeats"] as? Bool == true)
    let steps = try #require(items.first { $0["linkId"] as? String == "care-steps" })
    #expect((steps["text"] as? String)?.contains("a) Wash your hands") == true)
  }

  @Test func responsesHaveEveryRequiredElementAndTypedAnswers() throws {
    let all = try resources(try parse(record))
    let questionnaire = all[0]
    let items = try #require(questionnaire["item"] as? [[String: Any]])
    let typeOf = Dictionary(
      uniqueKeysWithValues: items.map {
        ($0["linkId"] as! String, $0["type"] as! String)
      })
    let allowed: [String: Set<String>] = [
      "open-choice": ["valueCoding", "valueString"], "boolean": ["valueBoolean"],
      "string": ["valueString"],
    ]
    for (index, response) in responses(all).enumerated() {
      #expect(
        response["status"] as? String == ["in-progress", "completed"][index],
        "the patient stopped before the end of a topic; the parent answered all of theirs")
      #expect(
        response["questionnaire"] as? String == "urn:teachback:questionnaire:sample-port|1.2.0")
      #expect(isResourceID(response["id"]))
      #expect(response["authored"] is String)
      let subject = try #require(response["subject"] as? [String: Any])
      #expect(subject["display"] as? String == "Sam Rivera", "the patient, for every learner")
      let source = try #require(response["source"] as? [String: Any])
      #expect(source["display"] as? String == record.learners[index].name)
      #expect((response["author"] as? [String: Any])?["display"] as? String == "Ada Okafor, RN")
      let answered = try #require(response["item"] as? [[String: Any]])
      #expect(answered.count == Set(record.learners[index].answers.map(\.questionID)).count)
      for item in answered {
        let linkID = try #require(item["linkId"] as? String)
        let type = try #require(typeOf[linkID])
        for answer in try #require(item["answer"] as? [[String: Any]]) {
          #expect(answer.count == 1)
          #expect(allowed[type]!.isSuperset(of: answer.keys), "\(linkID): \(answer)")
        }
      }
    }
  }

  @Test func answersAreCodedWhenKnown() throws {
    let responses = responses(try resources(try parse(record)))
    let patient = try #require(responses.first?["item"] as? [[String: Any]])
    func answers(_ items: [[String: Any]], _ id: String) throws -> [[String: Any]] {
      let item = try #require(items.first { $0["linkId"] as? String == id })
      return try #require(item["answer"] as? [[String: Any]])
    }
    let fever = try answers(patient, "care-fever")
    #expect((fever[0]["valueCoding"] as? [String: Any])?["code"] as? String == "b")
    #expect(try answers(patient, "about-skin")[0]["valueBoolean"] as? Bool == true)
    #expect(
      try answers(patient, "about-why")[0]["valueString"] as? String == "catheter",
      "the last answer in the period")
    let parent = try #require(responses.last?["item"] as? [[String: Any]])
    let signs = try answers(parent, "care-signs")[0]["valueString"] as? String
    #expect(signs?.contains("typed “b c”") == true)
  }

  @Test func anOpenSessionGivesResponsesInProgress() throws {
    let all = try resources(try parse(SampleSession.record(ended: false)))
    #expect(responses(all).allSatisfy { $0["status"] as? String == "in-progress" })
    #expect(try resource(all, "Encounter")["status"] as? String == "in-progress")
    #expect(try resource(all, "DocumentReference")["docStatus"] as? String == "preliminary")
    let procedures = all.filter { $0["resourceType"] as? String == "Procedure" }
    #expect(
      !procedures.isEmpty && procedures.allSatisfy { $0["status"] as? String == "in-progress" })
  }

  @Test func aRightMultipleChoiceAnswerGivesOneCodingPerChoice() throws {
    let attempt = SampleSession.attempt("care-signs", "a b d", correct: true, at: 5)
    let activity = SampleSession.activity(SampleSession.patient, [attempt], read: [])
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [activity], session: nil,
      generatedAt: SampleSession.generatedAt)
    let response = try #require(responses(try resources(try parse(record))).first)
    let item = try #require((response["item"] as? [[String: Any]])?.first)
    let codes = (item["answer"] as? [[String: Any]])?.compactMap {
      ($0["valueCoding"] as? [String: Any])?["code"] as? String
    }
    #expect(codes == ["a", "b", "d"])
    #expect(response["author"] == nil, "no session, no educator")
  }

  @Test func aWrongChoiceAnswerIsCodedWithTheOptionItNamed() throws {
    var attempt = SampleSession.attempt("care-signs", "b c", correct: false, at: 5)
    attempt.chosenChoices = [1, 2]
    let activity = SampleSession.activity(SampleSession.patient, [attempt], read: [])
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [activity], session: nil,
      generatedAt: SampleSession.generatedAt)
    let response = try #require(responses(try resources(try parse(record))).first)
    let item = try #require((response["item"] as? [[String: Any]])?.first)
    let codings = (item["answer"] as? [[String: Any]])?.compactMap {
      $0["valueCoding"] as? [String: Any]
    }
    #expect(codings?.map { $0["code"] as? String } == ["b", "c"])
    #expect(codings?.map { $0["display"] as? String } == ["Fever", "Feeling hungry"])
    #expect(record.learners[0].answers[0].answerText == "Fever; Feeling hungry")
  }

  @Test func noStringIsEmpty() throws {
    func strings(_ value: Any) -> [String] {
      if let string = value as? String { return [string] }
      if let array = value as? [Any] { return array.flatMap(strings) }
      if let object = value as? [String: Any] { return object.values.flatMap(strings) }
      return []
    }
    let blank = SampleSession.activity(
      .init(id: 3, name: " ", role: .patient, pathID: nil),
      [SampleSession.attempt("about-why", "   ", correct: false, at: 5)], read: [])
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [blank], session: nil,
      generatedAt: SampleSession.generatedAt)
    for value in [try parse(SampleSession.record()), try parse(record)] {
      #expect(
        strings(value).allSatisfy { !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) })
    }
  }

  private func isResourceID(_ value: Any?) -> Bool {
    guard let id = value as? String, (1...64).contains(id.count) else { return false }
    return id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
  }
}
