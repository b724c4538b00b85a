import Foundation
import Learning

/// What the store holds for one learner, as the builder takes it.
package struct LearnerActivity: Sendable {
  package var learner: Learner
  /// Sections ever read.
  package var sectionsRead: Set<SectionKey>
  package var memory: LearnerMemory
  /// Answers given; only those in the record's period are used (see `EducationRecord.init`).
  package var attempts: [Attempt]

  package init(
    learner: Learner, sectionsRead: Set<SectionKey>, memory: LearnerMemory, attempts: [Attempt]
  ) {
    self.learner = learner
    self.sectionsRead = sectionsRead
    self.memory = memory
    self.attempts = attempts
  }
}
