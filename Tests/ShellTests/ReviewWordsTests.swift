import Curriculum
import Foundation
import Learning
import Testing

@testable import Shell

/// When a review comes back is said from the real date, in plain spans.
@Suite struct ReviewWordsTests {
  let now = Date(timeIntervalSince1970: 1_800_000_000)

  @Test(arguments: [
    (0.2, "later today"), (1, "tomorrow"), (3, "in 3 days"), (6, "in 6 days"),
    (7, "in about a week"), (10, "in about a week"), (16, "in about 2 weeks"),
    (21, "in about 3 weeks"), (30, "in about a month"), (75, "in about 2 months"),
    (200, "in about 7 months"), (365, "in about a year"), (800, "in about 2 years"),
  ])
  func spans(days: Double, words: String) {
    #expect(ReviewWords.comesBack(at: now + days * 86_400, now: now, in: .english) == words)
  }

  @Test func afterAQuiz() {
    let day = 86_400.0
    #expect(ReviewWords.quizComesBack([], now: now, in: .english) == nil)
    #expect(
      ReviewWords.quizComesBack([now + 16 * day], now: now, in: .english)
        == "This comes back for review in about 2 weeks.")
    #expect(
      ReviewWords.quizComesBack([now + 15 * day, now + 16 * day], now: now, in: .english)
        == "These come back for review in about 2 weeks.")
    #expect(
      ReviewWords.quizComesBack([now + 16 * day, now + 3 * day], now: now, in: .english)
        == "The first of these comes back for review in 3 days, the last in about 2 weeks.")
  }

  @Test func dueCountsSayWarningSigns() {
    func question(_ id: String, redFlag: Bool) -> Question {
      Question(
        id: id, topicID: "t", sectionID: "s", kind: .trueFalse, prompt: "?", choices: [],
        answer: .truth(true), explanation: "", reexplanation: "", hint: nil, isRedFlag: redFlag,
        file: "f", line: 1)
    }
    let flag = question("a", redFlag: true)
    let other = question("b", redFlag: false)
    #expect(
      ReviewWords.due(DueReviews(others: [other]), in: .english) == "1 question is due for review.")
    #expect(
      ReviewWords.due(DueReviews(redFlags: [flag]), in: .english)
        == "1 question about warning signs is due for review.")
    #expect(
      ReviewWords.due(DueReviews(redFlags: [flag], others: [other, other]), in: .english)
        == "3 questions are due for review, 1 of them about warning signs.")
  }
}
