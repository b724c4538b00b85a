import Foundation
import LearnerStore
import Learning

/// What the store holds for one learner, as the builder takes it.
package struct LearnerActivity: Sendable {
  package var learner: Learner
  /// Sections ever read.
  package var sectionsRead: Set<SectionKey>
  package var memory: LearnerMemory
  /// Answers given; only those in the record's period are used (see `EducationRecord.init`).
  package var attempts: [Attempt]
  /// Who a caregiver is to the patient, when the educator said it.
  package var relationship: CaregiverRelationship?
  /// The notes for this learner's record: about them, or about the whole of a session they were
  /// in.
  package var notes: [RecordNote]
  /// Every identity entered for the learner, oldest first (the last is current).
  package var identity: [PatientIdentity] = []
  /// Return demonstrations in the record's evidence, with corrections, oldest first.
  package var demonstrations: [Demonstration] = []

  package init(
    learner: Learner, sectionsRead: Set<SectionKey>, memory: LearnerMemory, attempts: [Attempt],
    relationship: CaregiverRelationship? = nil, notes: [RecordNote] = []
  ) {
    self.relationship = relationship
    self.notes = notes
    self.learner = learner
    self.sectionsRead = sectionsRead
    self.memory = memory
    self.attempts = attempts
  }
}
