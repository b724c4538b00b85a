import Foundation

/// A person whose progress Teachback keeps.
public struct Learner: Sendable, Hashable, Identifiable {
  public var id: Int64
  public var name: String
  public var role: LearnerRole
  /// The learning path they follow (a `LearningPath.id`), if chosen.
  public var pathID: String?

  public init(id: Int64, name: String, role: LearnerRole, pathID: String?) {
    self.id = id
    self.name = name
    self.role = role
    self.pathID = pathID
  }
}

public enum LearnerRole: String, Sendable, Hashable, CaseIterable {
  case patient
  case caregiver  // a parent or other caregiver
  case educator
}

/// A section a learner has read, as `topicID#sectionID`.
public struct SectionKey: Sendable, Hashable {
  public var topicID: String
  public var sectionID: String
  public init(topicID: String, sectionID: String) {
    self.topicID = topicID
    self.sectionID = sectionID
  }
}
