/// What to go over with a learner next time.
public struct ReviewPlan: Sendable, Hashable, Codable {
  /// Topics whose outcome is `needsReview`, in reading order.
  public var topics: [TopicRef]
  /// Every missed question: red flags (safety-critical) first, then in the bundle's order.
  public var questions: [MissedQuestion]
  /// Topics in scope that teach-back has not checked yet, in reading order.
  public var notYetChecked: [TopicRef]

  public init(topics: [TopicRef], questions: [MissedQuestion], notYetChecked: [TopicRef]) {
    self.topics = topics
    self.questions = questions
    self.notYetChecked = notYetChecked
  }

  public var isEmpty: Bool { topics.isEmpty && questions.isEmpty && notYetChecked.isEmpty }
}
