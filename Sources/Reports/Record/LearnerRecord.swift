/// One learner's part of the record: how far they got in each topic, every answer they gave in
/// the period, and what to review with them next time.
public struct LearnerRecord: Sendable, Hashable, Codable {
  public var name: String
  /// `patient`, `caregiver` or `educator` (`LearnerRole.rawValue`).
  public var role: String
  /// The role in words ("parent or caregiver").
  public var roleTitle: String
  /// The learner's own learning path, if they have one.
  public var path: PathRef?
  /// The topics in scope for this learner, in the bundle's reading order.
  public var topics: [TopicRecord]
  /// Every answer in the period, oldest first.
  public var answers: [AnswerRecord]
  public var review: ReviewPlan

  public init(
    name: String, role: String, roleTitle: String, path: PathRef?, topics: [TopicRecord],
    answers: [AnswerRecord], review: ReviewPlan
  ) {
    self.name = name
    self.role = role
    self.roleTitle = roleTitle
    self.path = path
    self.topics = topics
    self.answers = answers
    self.review = review
  }
}
