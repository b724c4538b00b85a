import Foundation
import GRDB

/// Every row of the file, for `store copy`, read in one transaction so that it is one moment's.
extension SQLiteLearnerStore {
  package func export() throws -> StoreExport {
    try read { db in
      var export = StoreExport()
      export.learners = try rows(db, "SELECT * FROM learner ORDER BY id", "learner") { row in
        StoreExport.LearnerRow(
          id: try row.integer("id"), name: try row.text("name"), role: try row.text("role"),
          pathID: try row.optionalText("path_id"),
          createdAt: try row.time("created_at").timeIntervalSince1970,
          lastUsedAt: try row.optionalTime("last_used_at")?.timeIntervalSince1970,
          pinHash: try row.optionalText("pin_hash"), language: try row.optionalText("language"))
      }
      export.sessions = try rows(
        db, "SELECT * FROM teaching_session ORDER BY id", "teaching_session"
      ) { row in
        StoreExport.SessionRow(
          id: try row.integer("id"), educatorName: try row.text("educator_name"),
          bundleID: try row.text("bundle_id"), bundleVersion: try row.text("bundle_version"),
          pathID: try row.optionalText("path_id"), plannedTopics: try row.text("planned_topics"),
          startedAt: try row.time("started_at").timeIntervalSince1970,
          endedAt: try row.optionalTime("ended_at")?.timeIntervalSince1970,
          language: try row.optionalText("language"))
      }
      export.sessionLearners = try rows(
        db, "SELECT * FROM teaching_session_learner ORDER BY session_id, position",
        "teaching_session_learner"
      ) { row in
        StoreExport.SessionLearnerRow(
          sessionID: try row.integer("session_id"), learnerID: try row.integer("learner_id"),
          position: try row.integer("position"), relationship: try row.optionalText("relationship"))
      }
      export.events = try rows(db, "SELECT * FROM event ORDER BY id", "event") { row in
        guard let uuid = UUID(uuidString: try row.text("uuid")) else { throw row.problem("uuid") }
        return StoreExport.EventRow(
          id: try row.integer("id"), uuid: uuid, learnerID: try row.integer("learner_id"),
          kind: try row.text("kind"), at: try row.time("at").timeIntervalSince1970,
          bundleID: try row.text("bundle_id"), bundleVersion: try row.text("bundle_version"),
          teachingSessionID: try row.optionalInteger("teaching_session_id"),
          topicID: try row.optionalText("topic_id"), sectionID: try row.optionalText("section_id"),
          questionID: try row.optionalText("question_id"),
          response: try row.optionalText("response"), correct: try row.optionalFlag("correct"),
          grade: try row.optionalInteger("grade"),
          seconds: try row.optionalReal("seconds", in: 0...StoredRow.timeRange.upperBound),
          tryNumber: try row.optionalInteger("try_number"),
          usedHint: try row.optionalFlag("used_hint"),
          didNotKnow: try row.optionalFlag("did_not_know"), chosen: try row.optionalText("chosen"),
          language: try row.optionalText("language"))
      }
      export.memoryStates = try rows(
        db, "SELECT * FROM memory_state ORDER BY learner_id, bundle_id, question_id",
        "memory_state"
      ) { row in
        StoreExport.MemoryStateRow(
          learnerID: try row.integer("learner_id"), bundleID: try row.text("bundle_id"),
          questionID: try row.text("question_id"), topicID: try row.text("topic_id"),
          stability: try row.real("stability", in: 0...Double.greatestFiniteMagnitude),
          difficulty: try row.real("difficulty", in: 0...Double.greatestFiniteMagnitude),
          lastReview: try row.time("last_review").timeIntervalSince1970,
          reviewCount: try row.integer("review_count"), lapseCount: try row.integer("lapse_count"),
          lastRating: try row.optionalInteger("last_rating"))
      }
      export.notes = try rows(db, "SELECT * FROM session_note ORDER BY id", "session_note") { row in
        StoreExport.NoteRow(
          id: try row.integer("id"), sessionID: try row.integer("session_id"),
          learnerID: try row.optionalInteger("learner_id"),
          at: try row.time("at").timeIntervalSince1970, text: try row.text("text"))
      }
      export.identities = try rows(
        db, "SELECT * FROM patient_identity ORDER BY id", "patient_identity"
      ) { row in
        StoreExport.IdentityRow(
          id: try row.integer("id"), learnerID: try row.integer("learner_id"),
          mrn: try row.optionalText("mrn"), mrnSystem: try row.optionalText("mrn_system"),
          birthDate: try row.optionalText("birth_date"), enteredBy: try row.text("entered_by"),
          enteredAt: try row.time("entered_at").timeIntervalSince1970)
      }
      export.demonstrations = try rows(
        db, "SELECT * FROM demonstration ORDER BY id", "demonstration"
      ) { row in
        StoreExport.DemonstrationRow(
          id: try row.integer("id"), learnerID: try row.integer("learner_id"),
          teachingSessionID: try row.optionalInteger("teaching_session_id"),
          bundleID: try row.text("bundle_id"), topicID: try row.text("topic_id"),
          passed: try row.flag("passed"), note: try row.text("note"),
          at: try row.time("at").timeIntervalSince1970, enteredBy: try row.text("entered_by"),
          replacesID: try row.optionalInteger("replaces_id"))
      }
      export.accessEvents = try rows(db, "SELECT * FROM access_event ORDER BY id", "access_event") {
        row in
        StoreExport.AccessEventRow(
          id: try row.integer("id"), learnerID: try row.optionalInteger("learner_id"),
          kind: try row.text("kind"), at: try row.time("at").timeIntervalSince1970)
      }
      if let row = try Row.fetchOne(db, sql: "SELECT * FROM access_control WHERE id = 1") {
        let stored = StoredRow(row, table: "access_control")
        export.mode = try stored.text("mode")
        export.passphraseHash = try stored.optionalText("educator_passphrase_hash")
      }
      return export
    }
  }

  private func rows<T>(
    _ db: Database, _ sql: String, _ table: String, _ make: (StoredRow) throws -> T
  ) throws -> [T] {
    try Row.fetchAll(db, sql: sql).map { try make(StoredRow($0, table: table)) }
  }
}
