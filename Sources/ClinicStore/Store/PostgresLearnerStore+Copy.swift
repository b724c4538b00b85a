import Foundation
import LearnerStore
import PostgresNIO

/// What `store copy` added, and what it found already there (from an earlier copy).
package struct StoreCopyReport: Sendable, Hashable {
  package var learnersAdded = 0
  package var eventsAdded = 0
  /// Sessions, notes, identities, demonstrations, memory states and access events added.
  package var otherRecordsAdded = 0
  /// Rows of every kind that an earlier copy had already brought.
  package var alreadyThere = 0
}

/// `store copy`: a computer's records into the clinic's, in one transaction, ids and event UUIDs
/// kept. A row already there with the same id and the same facts was copied before and is left
/// alone, so a copy run twice adds nothing; a row with the same id and other facts belongs to
/// someone else's records, and the copy stops (changing nothing) rather than mix the two.
extension PostgresLearnerStore {
  package func importRecords(_ export: StoreExport) throws -> StoreCopyReport {
    let logger = self.logger
    let location = self.location
    return try transaction(patience: 600) { db in
      var report = StoreCopyReport()
      func tally(_ added: Bool, _ kind: WritableKeyPath<StoreCopyReport, Int>) {
        if added { report[keyPath: kind] += 1 } else { report.alreadyThere += 1 }
      }
      func conflict(_ what: String) -> ClinicStoreError {
        .copyConflict(location: location, what: what)
      }
      for learner in export.learners {
        let added =
          try await db.count(
            """
            INSERT INTO learner (id, name, role, path_id, created_at, last_used_at, pin_hash,
              language)
            VALUES (\(learner.id), \(learner.name), \(learner.role), \(learner.pathID),
              \(learner.createdAt), \(learner.lastUsedAt), \(learner.pinHash), \(learner.language))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger) == 1
        if !added,
          try await !db.exists(
            """
            SELECT 1 FROM learner WHERE id = \(learner.id) AND name = \(learner.name)
              AND created_at = \(learner.createdAt)
            """, logger: logger)
        {
          throw conflict("learner \(learner.id) (\(learner.name))")
        }
        tally(added, \.learnersAdded)
      }
      for session in export.sessions {
        let added =
          try await db.count(
            """
            INSERT INTO teaching_session (id, educator_name, bundle_id, bundle_version, path_id,
              planned_topics, started_at, ended_at, language)
            VALUES (\(session.id), \(session.educatorName), \(session.bundleID),
              \(session.bundleVersion), \(session.pathID), \(session.plannedTopics),
              \(session.startedAt), \(session.endedAt), \(session.language))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger) == 1
        if !added,
          try await !db.exists(
            """
            SELECT 1 FROM teaching_session WHERE id = \(session.id)
              AND started_at = \(session.startedAt) AND educator_name = \(session.educatorName)
            """, logger: logger)
        {
          throw conflict("teaching session \(session.id)")
        }
        tally(added, \.otherRecordsAdded)
      }
      for taught in export.sessionLearners {
        tally(
          try await db.count(
            """
            INSERT INTO teaching_session_learner (session_id, learner_id, position, relationship)
            VALUES (\(taught.sessionID), \(taught.learnerID), \(taught.position),
              \(taught.relationship))
            ON CONFLICT DO NOTHING RETURNING session_id
            """, logger: logger) == 1, \.otherRecordsAdded)
      }
      for event in export.events {
        let added =
          try await db.count(
            """
            INSERT INTO event (id, event_uuid, learner_id, kind, at, bundle_id, bundle_version,
              teaching_session_id, topic_id, section_id, question_id, response, correct, grade,
              seconds, try_number, used_hint, did_not_know, chosen, language)
            VALUES (\(event.id), \(event.uuid), \(event.learnerID), \(event.kind), \(event.at),
              \(event.bundleID), \(event.bundleVersion), \(event.teachingSessionID),
              \(event.topicID), \(event.sectionID), \(event.questionID), \(event.response),
              \(event.correct), \(event.grade), \(event.seconds), \(event.tryNumber),
              \(event.usedHint), \(event.didNotKnow), \(event.chosen), \(event.language))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger) == 1
        if !added,
          try await !db.exists(
            "SELECT 1 FROM event WHERE id = \(event.id) AND event_uuid = \(event.uuid)",
            logger: logger)
        {
          throw conflict("event \(event.id)")
        }
        tally(added, \.eventsAdded)
      }
      for state in export.memoryStates {
        tally(
          try await db.count(
            """
            INSERT INTO memory_state (learner_id, bundle_id, question_id, topic_id, stability,
              difficulty, last_review, review_count, lapse_count, last_rating)
            VALUES (\(state.learnerID), \(state.bundleID), \(state.questionID), \(state.topicID),
              \(state.stability), \(state.difficulty), \(state.lastReview), \(state.reviewCount),
              \(state.lapseCount), \(state.lastRating))
            ON CONFLICT DO NOTHING RETURNING learner_id
            """, logger: logger) == 1, \.otherRecordsAdded)
      }
      for note in export.notes {
        let added =
          try await db.count(
            """
            INSERT INTO session_note (id, session_id, learner_id, at, text)
            VALUES (\(note.id), \(note.sessionID), \(note.learnerID), \(note.at), \(note.text))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger) == 1
        if !added,
          try await !db.exists(
            "SELECT 1 FROM session_note WHERE id = \(note.id) AND text = \(note.text)",
            logger: logger)
        {
          throw conflict("note \(note.id)")
        }
        tally(added, \.otherRecordsAdded)
      }
      for identity in export.identities {
        let added =
          try await db.count(
            """
            INSERT INTO patient_identity (id, learner_id, mrn, mrn_system, birth_date, entered_by,
              entered_at)
            VALUES (\(identity.id), \(identity.learnerID), \(identity.mrn), \(identity.mrnSystem),
              \(identity.birthDate), \(identity.enteredBy), \(identity.enteredAt))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger) == 1
        if !added,
          try await !db.exists(
            """
            SELECT 1 FROM patient_identity WHERE id = \(identity.id)
              AND entered_at = \(identity.enteredAt) AND learner_id = \(identity.learnerID)
            """, logger: logger)
        {
          throw conflict("identity \(identity.id)")
        }
        tally(added, \.otherRecordsAdded)
      }
      for demonstration in export.demonstrations {
        let added =
          try await db.count(
            """
            INSERT INTO demonstration (id, learner_id, teaching_session_id, bundle_id, topic_id,
              passed, note, at, entered_by, replaces_id)
            VALUES (\(demonstration.id), \(demonstration.learnerID),
              \(demonstration.teachingSessionID), \(demonstration.bundleID),
              \(demonstration.topicID), \(demonstration.passed), \(demonstration.note),
              \(demonstration.at), \(demonstration.enteredBy), \(demonstration.replacesID))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger) == 1
        if !added,
          try await !db.exists(
            """
            SELECT 1 FROM demonstration WHERE id = \(demonstration.id)
              AND at = \(demonstration.at) AND learner_id = \(demonstration.learnerID)
            """, logger: logger)
        {
          throw conflict("demonstration \(demonstration.id)")
        }
        tally(added, \.otherRecordsAdded)
      }
      for access in export.accessEvents {
        let added =
          try await db.count(
            """
            INSERT INTO access_event (id, learner_id, kind, at)
            VALUES (\(access.id), \(access.learnerID), \(access.kind), \(access.at))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger) == 1
        if !added,
          try await !db.exists(
            "SELECT 1 FROM access_event WHERE id = \(access.id) AND at = \(access.at)",
            logger: logger)
        {
          throw conflict("access event \(access.id)")
        }
        tally(added, \.otherRecordsAdded)
      }
      // Clinic mode comes along only to a store that has no passphrase of its own yet.
      try await db.query(
        """
        UPDATE access_control SET mode = \(export.mode),
          educator_passphrase_hash = \(export.passphraseHash)
        WHERE id = 1 AND educator_passphrase_hash IS NULL AND \(export.passphraseHash)::text IS NOT NULL
        """, logger: logger)
      // New rows made here after the copy get ids past the copied ones.
      for statement: PostgresQuery in [
        "SELECT setval(pg_get_serial_sequence('learner', 'id'), GREATEST(MAX(id), 1)) FROM learner",
        "SELECT setval(pg_get_serial_sequence('event', 'id'), GREATEST(MAX(id), 1)) FROM event",
        """
        SELECT setval(pg_get_serial_sequence('teaching_session', 'id'), GREATEST(MAX(id), 1))
        FROM teaching_session
        """,
        """
        SELECT setval(pg_get_serial_sequence('session_note', 'id'), GREATEST(MAX(id), 1))
        FROM session_note
        """,
        """
        SELECT setval(pg_get_serial_sequence('patient_identity', 'id'), GREATEST(MAX(id), 1))
        FROM patient_identity
        """,
        """
        SELECT setval(pg_get_serial_sequence('demonstration', 'id'), GREATEST(MAX(id), 1))
        FROM demonstration
        """,
        """
        SELECT setval(pg_get_serial_sequence('access_event', 'id'), GREATEST(MAX(id), 1))
        FROM access_event
        """,
      ] {
        try await db.query(statement, logger: logger)
      }
      return report
    }
  }
}
