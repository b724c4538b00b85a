import Foundation

/// Every row of a store as it is kept, ids and UUIDs included: what `store copy` moves from a
/// computer's file to the clinic's server. Times are Unix seconds, as both back ends keep them.
package struct StoreExport: Sendable, Hashable {
  package struct LearnerRow: Sendable, Hashable {
    package var id: Int64
    package var name: String
    package var role: String
    package var pathID: String?
    package var createdAt: Double
    package var lastUsedAt: Double?
    package var pinHash: String?
    package var language: String?
  }

  package struct EventRow: Sendable, Hashable {
    package var id: Int64
    package var uuid: UUID
    package var learnerID: Int64
    package var kind: String
    package var at: Double
    package var bundleID: String
    package var bundleVersion: String
    package var teachingSessionID: Int64?
    package var topicID: String?
    package var sectionID: String?
    package var questionID: String?
    package var response: String?
    package var correct: Bool?
    package var grade: Int64?
    package var seconds: Double?
    package var tryNumber: Int64?
    package var usedHint: Bool?
    package var didNotKnow: Bool?
    package var chosen: String?
    package var language: String?
  }

  package struct MemoryStateRow: Sendable, Hashable {
    package var learnerID: Int64
    package var bundleID: String
    package var questionID: String
    package var topicID: String
    package var stability: Double
    package var difficulty: Double
    package var lastReview: Double
    package var reviewCount: Int64
    package var lapseCount: Int64
    package var lastRating: Int64?
  }

  package struct SessionRow: Sendable, Hashable {
    package var id: Int64
    package var educatorName: String
    package var bundleID: String
    package var bundleVersion: String
    package var pathID: String?
    package var plannedTopics: String
    package var startedAt: Double
    package var endedAt: Double?
    package var language: String?
  }

  package struct SessionLearnerRow: Sendable, Hashable {
    package var sessionID: Int64
    package var learnerID: Int64
    package var position: Int64
    package var relationship: String?
  }

  package struct NoteRow: Sendable, Hashable {
    package var id: Int64
    package var sessionID: Int64
    package var learnerID: Int64?
    package var at: Double
    package var text: String
  }

  package struct IdentityRow: Sendable, Hashable {
    package var id: Int64
    package var learnerID: Int64
    package var mrn: String?
    package var mrnSystem: String?
    package var birthDate: String?
    package var enteredBy: String
    package var enteredAt: Double
  }

  package struct DemonstrationRow: Sendable, Hashable {
    package var id: Int64
    package var learnerID: Int64
    package var teachingSessionID: Int64?
    package var bundleID: String
    package var topicID: String
    package var passed: Bool
    package var note: String
    package var at: Double
    package var enteredBy: String
    package var replacesID: Int64?
  }

  package struct AccessEventRow: Sendable, Hashable {
    package var id: Int64
    package var learnerID: Int64?
    package var kind: String
    package var at: Double
  }

  package var learners: [LearnerRow] = []
  package var sessions: [SessionRow] = []
  package var sessionLearners: [SessionLearnerRow] = []
  package var events: [EventRow] = []
  package var memoryStates: [MemoryStateRow] = []
  package var notes: [NoteRow] = []
  package var identities: [IdentityRow] = []
  package var demonstrations: [DemonstrationRow] = []
  package var accessEvents: [AccessEventRow] = []
  package var mode: String = "home"
  package var passphraseHash: String?

  package init() {}
}
