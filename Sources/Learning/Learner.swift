import Curriculum
import Foundation

/// A person whose progress Teachback keeps.
package struct Learner: Sendable, Hashable, Identifiable {
  package var id: Int64
  /// Unique in a store, compared without regard to case.
  package var name: String
  package var role: LearnerRole
  /// The learning path they follow (a `LearningPath.id`), if chosen.
  package var pathID: String?
  /// When the learner was added; `nil` for a learner not (yet) read from a store.
  package var createdAt: Date?
  /// When the learner was last opened (at start or by switching to them); `nil` for a learner
  /// not (yet) read from a store.
  package var lastUsedAt: Date?
  /// The language they chose to learn in; nil until they choose (the shell then follows the
  /// locale).
  package var language: Language?

  package init(
    id: Int64, name: String, role: LearnerRole, pathID: String?, createdAt: Date? = nil,
    lastUsedAt: Date? = nil, language: Language? = nil
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.pathID = pathID
    self.createdAt = createdAt
    self.lastUsedAt = lastUsedAt
    self.language = language
  }
}

/// Who a learner is to the care; the shell and the records word it.
package enum LearnerRole: String, Sendable, Hashable, CaseIterable {
  case patient
  case caregiver  // a parent or other caregiver
  case educator

  /// Reads a role as a person types it: `patient`, `educator`, `nurse`, or a caregiver by any
  /// word `CaregiverRelationship(typed:)` reads (`parent`, `spouse`, `wife`, `caregiver`, …).
  package init?(typed text: String) {
    if CaregiverRelationship(typed: text) != nil {
      self = .caregiver
      return
    }
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "patient", "paciente": self = .patient
    case "educator", "nurse", "nurse educator", "enfermera", "enfermero", "educadora", "educador",
      "enfermera educadora", "enfermero educador":
      self = .educator
    default: return nil
    }
  }
}

/// A section a learner has read, as `topicID#sectionID`.
package struct SectionKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  package var topicID: String
  package var sectionID: String
  package init(topicID: String, sectionID: String) {
    self.topicID = topicID
    self.sectionID = sectionID
  }

  package var description: String { "\(topicID)#\(sectionID)" }

  package static func < (lhs: SectionKey, rhs: SectionKey) -> Bool {
    (lhs.topicID, lhs.sectionID) < (rhs.topicID, rhs.sectionID)
  }
}
