import Foundation
import Learning
import Reports
import TestSupport
import Testing

/// "I don't know" is charted as such in every record format: never as a wrong answer, and the
/// question is left to teach again.
@Suite struct DidNotKnowRecordTests {
  let record: EducationRecord = {
    let notKnown = Attempt(
      questionID: "about-why", topicID: "about", sectionID: "why", response: "no idea",
      isCorrect: false, tryNumber: 1, usedHint: false, isRedFlag: false, secondsTaken: 5,
      rating: .again, answeredAt: SampleSession.minute(10), didNotKnow: true)
    let wrong = SampleSession.attempt("about-what", "b", correct: false, at: 11)
    let activity = SampleSession.activity(
      SampleSession.patient, [notKnown, wrong], read: ["about#what"])
    return EducationRecord(
      bundle: SampleSession.bundle, learners: [activity], session: SampleSession.session(),
      generatedAt: SampleSession.generatedAt)
  }()

  @Test func theRecordKeepsDidNotKnowApartFromWrong() throws {
    let learner = try #require(record.learners.first)
    let answers = learner.answers
    #expect(answers.map(\.didNotKnow) == [true, nil])
    #expect(answers.map(\.correct) == [false, false])
    #expect(answers[0].answerText == nil, "no answer in the content's words was given")
    let about = try #require(learner.topics.first { $0.id == "about" })
    #expect(about.outcome == .needsReview)
    #expect(about.missed.first { $0.id == "about-why" }?.didNotKnow == true)
    #expect(about.missed.first { $0.id == "about-what" }?.didNotKnow == nil)
  }

  @Test func everyFormatSaysDidNotKnow() throws {
    let markdown = RecordMarkdownRenderer().render(record)
    #expect(markdown.contains("Did not know"))
    #expect(markdown.contains("Not known yet — teach again"))
    #expect(markdown.contains("1 missed, 1 not known yet"))
    let html = RecordHTMLRenderer().render(record)
    #expect(html.contains("<td class=\"not-known\">? Did not know</td>"))
    let json = try RecordJSONRenderer().render(record)
    #expect(json.contains("\"didNotKnow\" : true"))
    #expect(try RecordJSONRenderer.decode(json).learners[0].answers[0].didNotKnow == true)
    let csv = try #require(CSVParser.parse(RecordCSVRenderer().render(record)))
    let column = try #require(RecordCSVRenderer.columns.firstIndex(of: "did_not_know"))
    let missed = try #require(RecordCSVRenderer.columns.firstIndex(of: "missed"))
    let about = try #require(csv.first { $0.contains("about") })
    #expect(about[missed] == "2" && about[column] == "1")
    let fhir = try RecordFHIRRenderer().render(record)
    #expect(fhir.contains("Did not know (typed “no idea”)"))
  }
}
