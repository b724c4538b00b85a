import Foundation
import Learning

/// What the store holds for one learner, as the builder takes it.
public struct LearnerActivity: Sendable {
  public var learner: Learner
  /// Sections ever read.
  public var sectionsRead: Set<SectionKey>
  public var memory: LearnerMemory
  /// Answers given; only those in the record's period are used (see `EducationRecord.init`).
  public var attempts: [Attempt]

  public init(
    learner: Learner, sectionsRead: Set<SectionKey>, memory: LearnerMemory, attempts: [Attempt]
  ) {
    self.learner = learner
    self.sectionsRead = sectionsRead
    self.memory = memory
    self.attempts = attempts
  }
}
