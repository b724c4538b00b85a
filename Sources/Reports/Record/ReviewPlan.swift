/// What to go over with a learner next time.
package struct ReviewPlan: Sendable, Hashable, Codable {
  /// Topics whose outcome is `needsReview`, in reading order.
  package var topics: [TopicRef]
  /// Every missed question: red flags (safety-critical) first, then in the bundle's order.
  package var questions: [MissedQuestion]
  /// Topics in scope that teach-back has not assessed yet, in reading order.
  package var notYetChecked: [TopicRef]
  /// Topics partly understood: right so far, with questions not yet asked, in reading order.
  package var notAllAsked: [TopicRef]

  package init(
    topics: [TopicRef], questions: [MissedQuestion], notYetChecked: [TopicRef],
    notAllAsked: [TopicRef] = []
  ) {
    self.topics = topics
    self.questions = questions
    self.notYetChecked = notYetChecked
    self.notAllAsked = notAllAsked
  }

  package var isEmpty: Bool {
    topics.isEmpty && questions.isEmpty && notYetChecked.isEmpty && notAllAsked.isEmpty
  }
}
