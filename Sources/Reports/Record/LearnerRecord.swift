/// One learner's part of the record: how far they got in each topic, every answer they gave in
/// the period, and what to review with them next time.
package struct LearnerRecord: Sendable, Hashable, Codable {
  package var name: String
  /// `patient`, `caregiver` or `educator` (`LearnerRole.rawValue`).
  package var role: String
  /// The role in words ("parent or caregiver").
  package var roleTitle: String
  /// Who a caregiver is to the patient (`CaregiverRelationship.rawValue`), when known.
  package var relationship: String?
  /// Notes about this learner or their whole session, oldest first.
  package var notes: [RecordNote]
  /// Who the patient is for the chart, when the educator entered it.
  package var identity: IdentityRecord?
  /// Return demonstrations, in the bundle's reading order, then time.
  package var demonstrations: [DemonstrationRecord]
  /// The learner's own learning path, if they have one.
  package var path: PathRef?
  /// Red-flag questions missed at any point in the evidence, in the bundle's order: shown
  /// first in the record.
  package var redFlagsMissed: [RedFlagMiss]
  /// The topics in scope for this learner, in the bundle's reading order.
  package var topics: [TopicRecord]
  /// Every answer in the period, oldest first.
  package var answers: [AnswerRecord]
  package var review: ReviewPlan

  package init(
    name: String, role: String, roleTitle: String, relationship: String? = nil,
    notes: [RecordNote] = [], identity: IdentityRecord? = nil,
    demonstrations: [DemonstrationRecord] = [], path: PathRef?,
    redFlagsMissed: [RedFlagMiss] = [], topics: [TopicRecord], answers: [AnswerRecord],
    review: ReviewPlan
  ) {
    self.name = name
    self.role = role
    self.roleTitle = roleTitle
    self.relationship = relationship
    self.notes = notes
    self.identity = identity
    self.demonstrations = demonstrations
    self.path = path
    self.redFlagsMissed = redFlagsMissed
    self.topics = topics
    self.answers = answers
    self.review = review
  }
}
