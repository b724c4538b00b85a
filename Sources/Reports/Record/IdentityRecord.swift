import Foundation

/// A patient's identity for the chart, as the educator entered it, with any earlier entries it
/// corrected: a record says who changed what, and when.
package struct IdentityRecord: Sendable, Hashable, Codable {
  /// One entry: the medical record number with who issued it, the date of birth, and who
  /// entered it when.
  package struct Entry: Sendable, Hashable, Codable {
    package var mrn: String?
    package var mrnSystem: String?
    /// `YYYY-MM-DD`.
    package var birthDate: String?
    package var enteredBy: String
    package var enteredAt: Date

    package init(
      mrn: String?, mrnSystem: String?, birthDate: String?, enteredBy: String, enteredAt: Date
    ) {
      self.mrn = mrn
      self.mrnSystem = mrnSystem
      self.birthDate = birthDate
      self.enteredBy = enteredBy
      self.enteredAt = enteredAt
    }
  }

  /// The identity as it stands.
  package var current: Entry
  /// The entries it corrected, oldest first; empty when it was never corrected.
  package var earlier: [Entry]

  package init(current: Entry, earlier: [Entry] = []) {
    self.current = current
    self.earlier = earlier
  }
}

/// A return demonstration as the record gives it: a learner showing a skill of a topic, and
/// how it went, with any earlier entry it corrected.
package struct DemonstrationRecord: Sendable, Hashable, Codable {
  /// How a demonstration went.
  package enum Result: String, Sendable, Hashable, Codable {
    case passed
    case needsPractice

    package var title: String {
      switch self {
      case .passed: "Passed"
      case .needsPractice: "Needs practice"
      }
    }
  }

  /// One entry of it.
  package struct Entry: Sendable, Hashable, Codable {
    package var result: Result
    /// Absent when the educator wrote none.
    package var note: String?
    package var at: Date
    package var enteredBy: String

    package init(result: Result, note: String?, at: Date, enteredBy: String) {
      self.result = result
      self.note = note
      self.at = at
      self.enteredBy = enteredBy
    }
  }

  package var topicID: String
  package var topicTitle: String
  package var current: Entry
  /// The entries it corrected, oldest first.
  package var earlier: [Entry]

  package init(topicID: String, topicTitle: String, current: Entry, earlier: [Entry] = []) {
    self.topicID = topicID
    self.topicTitle = topicTitle
    self.current = current
    self.earlier = earlier
  }
}
