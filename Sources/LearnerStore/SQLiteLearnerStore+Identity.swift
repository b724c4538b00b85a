import Foundation
import GRDB

/// Patients' identities for the chart and return demonstrations, each kept with who entered it
/// and when; a correction is added, never written over the original.
extension SQLiteLearnerStore {
  /// Adds `identity` as the current one for `learnerID`; earlier entries stay. Throws
  /// `unknownLearner`.
  @discardableResult
  package func addIdentity(_ identity: PatientIdentity, learnerID: Int64) throws -> PatientIdentity
  {
    let entered = PatientIdentity(
      mrn: identity.mrn, mrnSystem: identity.mrnSystem, birthDate: identity.birthDate,
      enteredBy: identity.enteredBy,
      enteredAt: Date(timeIntervalSince1970: identity.enteredAt.timeIntervalSince1970))
    return try write { db in
      try Self.requireLearner(db, learnerID)
      try db.execute(
        sql: """
          INSERT INTO patient_identity (learner_id, mrn, mrn_system, birth_date, entered_by,
            entered_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          learnerID, entered.mrn, entered.mrnSystem, entered.birthDate, entered.enteredBy,
          entered.enteredAt.timeIntervalSince1970,
        ])
      return entered
    }
  }

  /// Every identity entered for `learnerID`, oldest first; the last is the current one.
  package func identityHistory(learnerID: Int64) throws -> [PatientIdentity] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM patient_identity WHERE learner_id = ? ORDER BY entered_at, id",
        arguments: [learnerID]
      ).map { row in
        let stored = StoredRow(row, table: "patient_identity")
        return PatientIdentity(
          mrn: try stored.optionalText("mrn"), mrnSystem: try stored.optionalText("mrn_system"),
          birthDate: try stored.optionalText("birth_date"),
          enteredBy: try stored.text("entered_by"), enteredAt: try stored.time("entered_at"))
      }
    }
  }

  /// The issuing system of the MRN entered last for anyone, to offer it again.
  package func lastMRNSystem() throws -> String? {
    try read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT mrn_system FROM patient_identity WHERE mrn_system IS NOT NULL
          ORDER BY entered_at DESC, id DESC LIMIT 1
          """
      ).flatMap { try StoredRow($0, table: "patient_identity").optionalText("mrn_system") }
    }
  }

  // MARK: - Return demonstrations

  /// Records a return demonstration (or, with `replacing`, a correction of one, which keeps the
  /// original). Throws `unknownLearner`, `unknownTeachingSession` and `unknownDemonstration`.
  @discardableResult
  package func recordDemonstration(
    learnerID: Int64, teachingSessionID: Int64?, bundleID: String, topicID: String,
    passed: Bool, note: String, enteredBy: String, at date: Date,
    replacing replacedID: Int64?
  ) throws -> Demonstration {
    let date = Date(timeIntervalSince1970: date.timeIntervalSince1970)
    let demonstration = Demonstration(
      id: 0, learnerID: learnerID, teachingSessionID: teachingSessionID, bundleID: bundleID,
      topicID: topicID, passed: passed, note: note, at: date, enteredBy: enteredBy,
      replacesID: replacedID)
    return try write { db in
      try Self.requireLearner(db, learnerID)
      if let teachingSessionID,
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM teaching_session WHERE id = ?", arguments: [teachingSessionID])
          == nil
      {
        throw LearnerStoreError.unknownTeachingSession(teachingSessionID)
      }
      if let replacedID,
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM demonstration WHERE id = ?", arguments: [replacedID]) == nil
      {
        throw LearnerStoreError.unknownDemonstration(replacedID)
      }
      try db.execute(
        sql: """
          INSERT INTO demonstration (learner_id, teaching_session_id, bundle_id, topic_id,
            passed, note, at, entered_by, replaces_id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          learnerID, teachingSessionID, bundleID, topicID, passed ? 1 : 0, demonstration.note,
          date.timeIntervalSince1970, demonstration.enteredBy, replacedID,
        ])
      var recorded = demonstration
      recorded.id = db.lastInsertedRowID
      return recorded
    }
  }

  /// Every demonstration by `learnerID` in `bundleID` (only those of teaching session
  /// `sessionID` when one is given), corrections and the originals they replace, oldest first.
  package func demonstrations(learnerID: Int64, bundleID: String, sessionID: Int64?) throws
    -> [Demonstration]
  {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM demonstration WHERE learner_id = ? AND bundle_id = ?
            AND (? IS NULL OR teaching_session_id = ?)
          ORDER BY at, id
          """,
        arguments: [learnerID, bundleID, sessionID, sessionID]
      ).map(Self.demonstration)
    }
  }

  /// One demonstration by its number.
  package func demonstration(id: Int64) throws -> Demonstration? {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM demonstration WHERE id = ?", arguments: [id])
        .map(Self.demonstration)
    }
  }

  private static func demonstration(_ row: Row) throws -> Demonstration {
    let stored = StoredRow(row, table: "demonstration")
    return Demonstration(
      id: try stored.integer("id"), learnerID: try stored.integer("learner_id"),
      teachingSessionID: try stored.optionalInteger("teaching_session_id"),
      bundleID: try stored.text("bundle_id"), topicID: try stored.text("topic_id"),
      passed: try stored.flag("passed"), note: try stored.text("note"),
      at: try stored.time("at"), enteredBy: try stored.text("entered_by"),
      replacesID: try stored.optionalInteger("replaces_id"))
  }

  private static func requireLearner(_ db: Database, _ learnerID: Int64) throws {
    guard
      try Bool.fetchOne(db, sql: "SELECT 1 FROM learner WHERE id = ?", arguments: [learnerID])
        != nil
    else { throw LearnerStoreError.unknownLearner(learnerID) }
  }
}
