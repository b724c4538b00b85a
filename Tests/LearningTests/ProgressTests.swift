import Curriculum
import Foundation
import TestSupport
import Testing

@testable import Learning

@Suite struct ProgressTests {
  let bundle = SampleBundle.make()
  let now = Date(timeIntervalSince1970: 1_800_000_000)
  let allSections: Set<SectionKey> = [
    SectionKey(topicID: "about", sectionID: "what"), SectionKey(topicID: "about", sectionID: "why"),
    SectionKey(topicID: "care", sectionID: "flushing"),
    SectionKey(topicID: "care", sectionID: "signs"),
    SectionKey(topicID: "care", sectionID: "call"),
  ]

  func ago(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

  @Test func scopesChooseQuestionsInReadingOrder() throws {
    #expect(
      try QuizScope.topic("care").questions(in: bundle).map(\.id) == [
        "care-steps", "care-flush-with", "care-signs", "care-fever",
      ])
    #expect(try QuizScope.path("at-home").questions(in: bundle).count == 4)
    #expect(try QuizScope.path("before-surgery").questions(in: bundle).first?.id == "about-what")
    #expect(try QuizScope.redFlags.questions(in: bundle).map(\.id) == ["care-fever"])
    #expect(throws: LearningError.unknownTopic("nope")) {
      try QuizScope.topic("nope").questions(in: bundle)
    }
    #expect(throws: LearningError.unknownPath("x")) {
      try QuizScope.path("x").questions(in: bundle)
    }
  }

  /// A warning sign comes first even when another question is more overdue.
  @Test func dueQuestionsRedFlagsFirstThenMostOverdue() throws {
    var memory = LearnerMemory()
    memory.record(questionID: "about-what", rating: .good, at: ago(10))  // due after 3 days
    memory.record(questionID: "care-fever", rating: .good, at: ago(2))  // red flag: due after 1 day
    memory.record(questionID: "about-skin", rating: .easy, at: ago(2))  // due after 16 days
    memory.record(questionID: "care-steps", rating: .good, at: ago(4))  // due after 3 days
    let due = memory.dueReviews(in: bundle, now: now)
    #expect(due.redFlags.map(\.id) == ["care-fever"])
    #expect(due.others.map(\.id) == ["about-what", "care-steps"])
    #expect(
      memory.dueQuestions(in: bundle, now: now).map(\.id) == [
        "care-fever", "about-what", "care-steps",
      ])
    #expect(
      try QuizScope.due.questions(in: bundle, memory: memory, now: now).map(\.id)
        == due.all.map(\.id))
    let skip = try #require(memory.due(bundle.questions.first { $0.id == "about-skin" }!))
    #expect(memory.nextReview(in: bundle.questions, after: now) == skip)
  }

  @Test func aQuestionWhoseLastAnswerWasWrongCountsAsNotKnown() {
    var memory = LearnerMemory()
    memory.record(questionID: "about-what", rating: .again, at: now)
    #expect(memory.retrievability(of: "about-what", at: now) > 0.99)
    #expect(memory.recall(of: "about-what", at: now) == 0)
    #expect(
      memory.mastery(of: SectionKey(topicID: "about", sectionID: "what"), in: bundle, at: now) == 0)
    memory.record(questionID: "about-what", rating: .hard, at: now.addingTimeInterval(600))
    #expect(memory.recall(of: "about-what", at: now.addingTimeInterval(600)) > 0.99)
  }

  @Test func masteryIsMeanRetrievabilityWithZeroForUnanswered() throws {
    var memory = LearnerMemory()
    memory.record(questionID: "about-what", rating: .good, at: now)
    memory.record(questionID: "about-skin", rating: .good, at: now)
    #expect(
      memory.mastery(of: SectionKey(topicID: "about", sectionID: "what"), in: bundle, at: now) == 1)
    let topic = try #require(memory.mastery(ofTopic: "about", in: bundle, at: now))
    #expect(abs(topic - 2.0 / 3.0) < 1e-12)
    #expect(memory.mastery(ofTopic: "care", in: bundle, at: now) == 0)
    let later = try #require(
      memory.mastery(ofTopic: "about", in: bundle, at: now.addingTimeInterval(3 * 86_400)))
    #expect(later < topic)

    let report = ProgressReport(
      bundle: bundle, sectionsRead: [SectionKey(topicID: "about", sectionID: "why")],
      memory: memory,
      at: now)
    #expect(report.topics.map(\.topicID) == ["about", "care"])
    #expect(report.topics[0].sectionsRead == 1 && report.topics[0].sectionCount == 2)
    #expect(report.topics[0].coverage == 0.5)
    #expect(report.topics[0].questionsAnswered == 2 && report.topics[0].questionCount == 3)
    #expect(report.topics[1].mastery == 0)
  }

  @Test func recommendationReviewsFirstThenReadsThenPractisesThenDone() {
    var memory = LearnerMemory()
    let first = Recommendation(
      bundle: bundle, pathID: "at-home", sectionsRead: [], memory: memory, now: now)
    #expect(
      first
        == .read(
          SectionKey(topicID: "care", sectionID: "flushing"), topicTitle: "Caring for your port",
          sectionTitle: "Flushing"))

    // Coming back, the topic they stopped in goes on, before the path's first unread section.
    let flushing = SectionKey(topicID: "care", sectionID: "flushing")
    #expect(
      Recommendation(
        bundle: bundle, pathID: nil, sectionsRead: [flushing], memory: memory, now: now,
        lastRead: flushing)
        == .read(
          SectionKey(topicID: "care", sectionID: "signs"), topicTitle: "Caring for your port",
          sectionTitle: "Signs of infection"))

    for question in bundle.questions(forTopic: "care") {
      memory.record(questionID: question.id, rating: .good, at: ago(30))
    }
    // Due reviews come before unread sections, the red flag first.
    let review = Recommendation(
      bundle: bundle, pathID: "at-home", sectionsRead: [], memory: memory, now: now)
    guard case .review(let ids, let redFlags) = review else {
      Issue.record("expected review, got \(review)"); return
    }
    #expect(Set(ids) == Set(bundle.questions(forTopic: "care").map(\.id)))
    #expect(ids.first == "care-fever" && redFlags == 1)

    for question in bundle.questions(forTopic: "care") {
      memory.record(questionID: question.id, rating: .good, at: now)
    }
    #expect(
      Recommendation(
        bundle: bundle, pathID: "at-home", sectionsRead: allSections, memory: memory, now: now)
        == .allDone)
    let practise = Recommendation(
      bundle: bundle, pathID: nil, sectionsRead: allSections, memory: memory, now: now)
    #expect(practise == .practise(topicID: "about", topicTitle: "About your port", mastery: 0))
  }
}
