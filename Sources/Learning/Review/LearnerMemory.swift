import Curriculum
import Foundation

/// One learner's memory of every question they have answered, keyed by `Question.id`, with the
/// policy that schedules reviews. Pure values: the store loads the states, this computes.
package struct LearnerMemory: Sendable, Hashable {
  package var states: [String: MemoryState]
  package var policy: ReviewPolicy

  package init(states: [String: MemoryState] = [:], policy: ReviewPolicy = ReviewPolicy()) {
    self.states = states
    self.policy = policy
  }

  /// Folds one answer into the question's state and returns the new state.
  @discardableResult
  package mutating func record(questionID: String, rating: ReviewRating, at date: Date)
    -> MemoryState
  {
    let next = policy.model.review(states[questionID], rating: rating, at: date)
    states[questionID] = next
    return next
  }

  @discardableResult
  package mutating func record(_ attempt: Attempt) -> MemoryState {
    record(questionID: attempt.questionID, rating: attempt.rating, at: attempt.answeredAt)
  }

  /// Probability the learner recalls the answer now; 0 for a question never answered.
  package func retrievability(of questionID: String, at date: Date) -> Double {
    states[questionID]?.retrievability(at: date, model: policy.model) ?? 0
  }

  package func due(_ question: Question) -> Date? {
    states[question.id].map { policy.due($0, isRedFlag: question.isRedFlag) }
  }

  /// Answered questions whose review date has come: red flags first, then the others, each
  /// most overdue first (see `DueReviews`).
  package func dueQuestions(in questions: [Question], now: Date) -> [Question] {
    dueReviews(in: questions, now: now).all
  }

  package func dueQuestions(in bundle: ContentBundle, now: Date) -> [Question] {
    dueQuestions(in: bundle.questions, now: now)
  }

  /// How well a question is known now: its retrievability, or 0 when it was never answered or
  /// its last answer was wrong (a miss is not knowledge, however recent).
  package func recall(of questionID: String, at date: Date) -> Double {
    guard let state = states[questionID], !state.lastAnswerWasWrong else { return 0 }
    return state.retrievability(at: date, model: policy.model)
  }

  /// Mean `recall` of `questions`, in 0…1; `nil` when there are no questions to judge by.
  package func mastery(of questions: [Question], at date: Date) -> Double? {
    guard !questions.isEmpty else { return nil }
    return questions.reduce(0) { $0 + recall(of: $1.id, at: date) } / Double(questions.count)
  }

  package func mastery(ofTopic topicID: String, in bundle: ContentBundle, at date: Date) -> Double?
  {
    mastery(of: bundle.questions(forTopic: topicID), at: date)
  }

  package func mastery(of section: SectionKey, in bundle: ContentBundle, at date: Date) -> Double? {
    mastery(
      of: bundle.questions(forTopic: section.topicID).filter { $0.sectionID == section.sectionID },
      at: date)
  }
}
