import Curriculum
import Foundation
import Learning

/// An educator's teaching session with one or more learners (say a patient and a parent).
///
/// Events recorded during it carry its `id` (`RecordingContext.teachingSessionID`). A session that was started
/// and never ended (the program was closed or crashed) stays open and is found again by
/// `LearnerStore.openTeachingSession()`; a store holds at most one open session at a time.
package struct TeachingSession: Sendable, Hashable, Identifiable {
  package var id: Int64
  package var educatorName: String
  /// The learners taught, in the order given when the session started.
  package var learnerIDs: [Int64]
  /// Who each caregiver is to the patient, by learner id, when the educator said it.
  package var relationships: [Int64: CaregiverRelationship]
  package var bundleID: String
  package var bundleVersion: String
  package var pathID: String?
  /// The topics the educator planned to teach, in the order given.
  package var plannedTopicIDs: [String]
  package var startedAt: Date
  package var endedAt: Date?
  /// The language it was taught in.
  package var language: Language

  package var isOpen: Bool { endedAt == nil }

  package init(
    id: Int64, educatorName: String, learnerIDs: [Int64], bundleID: String,
    bundleVersion: String, pathID: String?, plannedTopicIDs: [String], startedAt: Date,
    endedAt: Date?, relationships: [Int64: CaregiverRelationship] = [:],
    language: Language = .english
  ) {
    self.id = id
    self.educatorName = educatorName
    self.learnerIDs = learnerIDs
    self.relationships = relationships
    self.bundleID = bundleID
    self.bundleVersion = bundleVersion
    self.pathID = pathID
    self.plannedTopicIDs = plannedTopicIDs
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.language = language
  }
}
