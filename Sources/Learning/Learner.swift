import Foundation

/// A person whose progress Teachback keeps.
public struct Learner: Sendable, Hashable, Identifiable {
  public var id: Int64
  /// Unique in a store, compared without regard to case.
  public var name: String
  public var role: LearnerRole
  /// The learning path they follow (a `LearningPath.id`), if chosen.
  public var pathID: String?
  /// When the learner was added; `nil` for a learner not (yet) read from a store.
  public var createdAt: Date?

  public init(id: Int64, name: String, role: LearnerRole, pathID: String?, createdAt: Date? = nil) {
    self.id = id
    self.name = name
    self.role = role
    self.pathID = pathID
    self.createdAt = createdAt
  }
}

/// Who a learner is to the care; the shell and the records word it.
public enum LearnerRole: String, Sendable, Hashable, CaseIterable {
  case patient
  case caregiver  // a parent or other caregiver
  case educator

  /// Reads a role as a person types it: `patient`, `caregiver`, `parent`, `educator`, `nurse`.
  public init?(typed text: String) {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "patient": self = .patient
    case "caregiver", "carer", "parent": self = .caregiver
    case "educator", "nurse", "nurse educator": self = .educator
    default: return nil
    }
  }
}

/// A section a learner has read, as `topicID#sectionID`.
public struct SectionKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var topicID: String
  public var sectionID: String
  public init(topicID: String, sectionID: String) {
    self.topicID = topicID
    self.sectionID = sectionID
  }

  public var description: String { "\(topicID)#\(sectionID)" }

  public static func < (lhs: SectionKey, rhs: SectionKey) -> Bool {
    (lhs.topicID, lhs.sectionID) < (rhs.topicID, rhs.sectionID)
  }
}
