/// What to go over with a learner next time.
package struct ReviewPlan: Sendable, Hashable, Codable {
  /// Topics whose outcome is `needsReview`, in reading order.
  package var topics: [TopicRef]
  /// Every missed question: red flags (safety-critical) first, then in the bundle's order.
  package var questions: [MissedQuestion]
  /// Topics in scope that teach-back has not checked yet, in reading order.
  package var notYetChecked: [TopicRef]

  package init(topics: [TopicRef], questions: [MissedQuestion], notYetChecked: [TopicRef]) {
    self.topics = topics
    self.questions = questions
    self.notYetChecked = notYetChecked
  }

  package var isEmpty: Bool { topics.isEmpty && questions.isEmpty && notYetChecked.isEmpty }
}
