import Foundation
import LearnerStore
import PostgresNIO

/// Patients' identities and return demonstrations, appended as the SQLite store does.
extension PostgresLearnerStore {
  @discardableResult
  package func addIdentity(_ identity: PatientIdentity, learnerID: Int64) throws -> PatientIdentity
  {
    let logger = self.logger
    let entered = PatientIdentity(
      mrn: identity.mrn, mrnSystem: identity.mrnSystem, birthDate: identity.birthDate,
      enteredBy: identity.enteredBy, enteredAt: StoreRules.asStored(identity.enteredAt))
    let at = entered.enteredAt.timeIntervalSince1970
    return try transaction { db in
      try await Self.requireLearner(db, learnerID, logger: logger)
      try await db.query(
        """
        INSERT INTO patient_identity (learner_id, mrn, mrn_system, birth_date, entered_by,
          entered_at)
        VALUES (\(learnerID), \(entered.mrn), \(entered.mrnSystem), \(entered.birthDate),
          \(entered.enteredBy), \(at))
        """, logger: logger)
      return entered
    }
  }

  package func identityHistory(learnerID: Int64) throws -> [PatientIdentity] {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        "SELECT * FROM patient_identity WHERE learner_id = \(learnerID) ORDER BY entered_at, id",
        table: "patient_identity", logger: logger
      ).map(StoredModels.identity)
    }
  }

  package func lastMRNSystem() throws -> String? {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        """
        SELECT mrn_system FROM patient_identity WHERE mrn_system IS NOT NULL
        ORDER BY entered_at DESC, id DESC LIMIT 1
        """, table: "patient_identity", logger: logger
      ).first?.optionalText("mrn_system")
    }
  }

  @discardableResult
  package func recordDemonstration(
    learnerID: Int64, teachingSessionID: Int64?, bundleID: String, topicID: String,
    passed: Bool, note: String, enteredBy: String, at date: Date, replacing replacedID: Int64?
  ) throws -> Demonstration {
    let logger = self.logger
    let date = StoreRules.asStored(date)
    let demonstration = Demonstration(
      id: 0, learnerID: learnerID, teachingSessionID: teachingSessionID, bundleID: bundleID,
      topicID: topicID, passed: passed, note: note, at: date, enteredBy: enteredBy,
      replacesID: replacedID)
    let at = date.timeIntervalSince1970
    return try transaction { db in
      try await Self.requireLearner(db, learnerID, logger: logger)
      try await Self.requireTeachingSession(db, teachingSessionID, logger: logger)
      if let replacedID,
        try await !db.exists("SELECT 1 FROM demonstration WHERE id = \(replacedID)", logger: logger)
      {
        throw LearnerStoreError.unknownDemonstration(replacedID)
      }
      guard
        let id = try await db.rows(
          """
          INSERT INTO demonstration (learner_id, teaching_session_id, bundle_id, topic_id,
            passed, note, at, entered_by, replaces_id)
          VALUES (\(learnerID), \(teachingSessionID), \(bundleID), \(topicID), \(passed),
            \(demonstration.note), \(at), \(demonstration.enteredBy), \(replacedID))
          RETURNING id
          """, table: "demonstration", logger: logger
        ).first?.integer("id")
      else { throw LearnerStoreError.database("a new demonstration has no number") }
      var recorded = demonstration
      recorded.id = id
      return recorded
    }
  }

  package func demonstrations(learnerID: Int64, bundleID: String, sessionID: Int64?) throws
    -> [Demonstration]
  {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        """
        SELECT * FROM demonstration WHERE learner_id = \(learnerID) AND bundle_id = \(bundleID)
          AND (\(sessionID)::bigint IS NULL OR teaching_session_id = \(sessionID))
        ORDER BY at, id
        """, table: "demonstration", logger: logger
      ).map(StoredModels.demonstration)
    }
  }

  package func demonstration(id: Int64) throws -> Demonstration? {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        "SELECT * FROM demonstration WHERE id = \(id)", table: "demonstration", logger: logger
      ).first.map(StoredModels.demonstration)
    }
  }
}
