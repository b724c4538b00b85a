import Foundation
import Reports
import Testing

@Suite("FHIR R4 bundle")
struct FHIRFormatTests {
  let record = SampleSession.record()

  private func parse(_ record: EducationRecord) throws -> [String: Any] {
    let text = try ReportFormat.fhir.render(record)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  private func resources(_ bundle: [String: Any]) throws -> [[String: Any]] {
    let entries = try #require(bundle["entry"] as? [[String: Any]])
    return try entries.map { try #require($0["resource"] as? [String: Any]) }
  }

  @Test func isACollectionOfOneQuestionnaireAndOneResponsePerLearner() throws {
    let bundle = try parse(record)
    #expect(bundle["resourceType"] as? String == "Bundle")
    #expect(bundle["type"] as? String == "collection")
    let entries = try #require(bundle["entry"] as? [[String: Any]])
    let urls = entries.compactMap { $0["fullUrl"] as? String }
    #expect(urls.count == entries.count && Set(urls).count == urls.count)
    #expect(urls.allSatisfy { $0.hasPrefix("urn:uuid:") && $0.count == 45 })
    let kinds = try resources(bundle).map { $0["resourceType"] as? String }
    #expect(kinds == ["Questionnaire", "QuestionnaireResponse", "QuestionnaireResponse"])
    let text = try ReportFormat.fhir.render(record)
    #expect(text.hasPrefix("{\n  \"resourceType\": \"Bundle\""))
    #expect(try ReportFormat.fhir.render(record) == text, "ids are stable")
  }

  @Test func theQuestionnaireCanLiveWhereTheHealthSystemSays() throws {
    let text = try ReportFormat.fhir.render(
      record, fhirQuestionnaireBase: "https://fhir.example.org/Questionnaire/")
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let all = try resources(bundle)
    #expect(all[0]["url"] as? String == "https://fhir.example.org/Questionnaire/sample-port")
    #expect(
      all[1]["questionnaire"] as? String
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
    for (index, response) in all.dropFirst().enumerated() {
      #expect(response["status"] as? String == "completed")
      #expect(
        response["questionnaire"] as? String == "urn:teachback:questionnaire:sample-port|1.2.0")
      #expect(isResourceID(response["id"]))
      #expect(response["authored"] is String)
      let subject = try #require(response["subject"] as? [String: Any])
      #expect(Set(subject.keys) == ["display"], "display-only: no identifier or reference")
      #expect(subject["display"] as? String == record.learners[index].name)
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
    let responses = try resources(try parse(record)).dropFirst()
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
    let responses = try resources(try parse(SampleSession.record(ended: false))).dropFirst()
    #expect(responses.allSatisfy { $0["status"] as? String == "in-progress" })
  }

  @Test func aRightMultipleChoiceAnswerGivesOneCodingPerChoice() throws {
    let attempt = SampleSession.attempt("care-signs", "a b d", correct: true, at: 5)
    let activity = SampleSession.activity(SampleSession.patient, [attempt], read: [])
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [activity], session: nil,
      generatedAt: SampleSession.generatedAt)
    let response = try resources(try parse(record))[1]
    let item = try #require((response["item"] as? [[String: Any]])?.first)
    let codes = (item["answer"] as? [[String: Any]])?.compactMap {
      ($0["valueCoding"] as? [String: Any])?["code"] as? String
    }
    #expect(codes == ["a", "b", "d"])
    #expect(response["author"] == nil, "no session, no educator")
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
