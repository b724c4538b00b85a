import GRDB
import Learning

/// The store's migrations, registered by intent. A migration that has shipped is never edited:
/// a change to the schema is a new migration appended here.
///
/// - `createLearner`: `learner(id, name UNIQUE NOCASE, role, path_id, created_at)`.
/// - `createEvent`: `event(...)`, one append-only table for every kind of event (a `kind` column
///   plus the columns a kind needs, the others NULL). One table keeps history a single indexed
///   scan, makes "forget this topic" a single DELETE, and lets a new kind arrive without a new
///   table. Times are Unix seconds (REAL); `datetime(at, 'unixepoch')` reads them in sqlite3.
/// - `createMemoryState`: `memory_state`, the FSRS state per learner, bundle and question —
///   derived from the answer events (rebuilt from them by `addLastRatingToMemoryState` and by
///   `LearnerStore.rebuildMemoryStates()`), updated in the same transaction as each answer.
/// - `createTeachingSession`: an educator's teaching sessions. `teaching_session(id,
///   educator_name, bundle_id, bundle_version, path_id, planned_topics (a JSON array of topic
///   ids), started_at, ended_at NULL while open)`, with a partial unique index that lets at most
///   one session be open; `teaching_session_learner(session_id, learner_id, position)`, the
///   learners taught, in order; `session_note(id, session_id, learner_id NULL for the whole
///   session, at, text)`. Events recorded in a teaching session carry its id in
///   `event.session_id` (indexed here).
/// - `addLastRatingToMemoryState`: `memory_state.last_rating`, so mastery counts a question whose
///   last answer was wrong as not known; then the cache is rebuilt from the events.
///   `MemoryStateTable.rebuild` reads and writes today's columns, so a migration may call it only
///   while the `memory_state` columns and the event columns it reads (`learner_id`, `bundle_id`,
///   `question_id`, `topic_id`, `grade`, `at`) are as they are today.
/// - `eventSessionIsATeachingSession`: "session" means a teaching session everywhere. Early
///   stores could hold, in `event.session_id`, the id of a per-learner "session started" event
///   (a kind no longer written); such ids are cleared, keeping only ids of a teaching session
///   whose learners include the event's learner. The column becomes `teaching_session_id`
///   (index `event_by_teaching_session`), and the store refuses to record an id that names no
///   teaching session.
/// - `addDidNotKnowToEvent`: `event.did_not_know`, 1 when the learner said "I don't know" (the
///   answer is stored with `correct` 0 and the grade `again`, so it is scheduled like a miss),
///   0 for any other answer, NULL for answers recorded before it existed and for other kinds.
/// - `addLastUsedToLearner`: `learner.last_used_at`, when the learner was last opened (at start,
///   or by `learner NAME`), so a later run resumes the learner used last (index
///   `learner_by_last_used`). Older learners get the time of their last event, else the time
///   they were added. The learner an older Teachback made up as "me" when nobody was named
///   becomes "Guest" (unless a learner is already called that): it was never anyone's name.
/// - `addSectionReadByTimeIndex`: `event_section_read_by_time`, a partial index of the
///   section-read events by learner, bundle and time, so that "where you stopped reading" at
///   start-up is one index step instead of a sort of all the learner's reading.
/// - `addRelationshipToSessionLearner`: `teaching_session_learner.relationship`, who a caregiver
///   is to the patient in that session (`parent`, `spouse`, `caregiver`, `other`:
///   `CaregiverRelationship`), NULL when not given and for sessions started before it existed.
/// - `createPatientIdentityAndDemonstration`: `patient_identity(id, learner_id, mrn,
///   mrn_system, birth_date, entered_by, entered_at)`, each row a whole identity as entered (the
///   last one current; a correction is a new row, so the original stays with who entered it and
///   when); `demonstration(id, learner_id, teaching_session_id, bundle_id, topic_id, passed,
///   note, at, entered_by, replaces_id)`, return demonstrations, a correction being a new row
///   that names the one it replaces.
/// - `addChosenChoicesToEvent`: `event.chosen`, the choices a choice answer named, as the
///   author's indices joined by commas (`0,2`), so records give them in the content's words and
///   FHIR codes them; NULL for other answers and for answers recorded before it existed.
/// - `createAccessControl`: privacy on a shared computer. `access_control(id = 1, mode 'home' or
///   'clinic', educator_passphrase_hash)`, one row, `home` for every store that had none (so an
///   older store opens as before); `learner.pin_hash`, NULL for no PIN; `access_event(id,
///   learner_id NULL when no one's records were named, kind, at)`: PINs set, removed and reset,
///   clinic mode turned on and off, and every right and wrong entry (the wrong ones in a row
///   since the last right one set the wait before the next try). Hashes are
///   `Privacy.SecretHash.storedForm` (scrypt, salt and parameters); no secret and no text typed
///   is ever stored.
/// - `addLanguageToLearnerEventAndTeachingSession`: `learner.language`, the language a learner
///   chose (`en`, `es`; NULL until they choose, and the shell then follows the locale);
///   `event.language` and `teaching_session.language`, the language each event and session
///   happened in, NULL for English: every event and session before it happened in English, the
///   only language an older Teachback spoke, and (like `chosen`) the column is written only when
///   it holds something else, so English rows look the same in every version.
/// - `addUUIDToEvent`: `event.uuid`, a version 4 UUID for every event (unique; filled for older
///   rows and by a trigger on insert), the identity an event keeps when `store copy` moves it to
///   the clinic's server.
enum StoreSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("createLearner") { db in
      try db.execute(
        sql: """
          CREATE TABLE learner (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL,
            path_id TEXT,
            created_at REAL NOT NULL
          )
          """)
    }
    migrator.registerMigration("createEvent") { db in
      try db.execute(
        sql: """
          CREATE TABLE event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            at REAL NOT NULL,
            bundle_id TEXT NOT NULL,
            bundle_version TEXT NOT NULL,
            session_id INTEGER,
            topic_id TEXT,
            section_id TEXT,
            question_id TEXT,
            response TEXT,
            correct INTEGER,
            grade INTEGER,
            seconds REAL,
            try_number INTEGER,
            used_hint INTEGER
          );
          CREATE INDEX event_by_learner ON event(learner_id);
          CREATE INDEX event_by_learner_kind
            ON event(learner_id, kind, bundle_id, topic_id, section_id);
          """)
    }
    migrator.registerMigration("createMemoryState") { db in
      try db.execute(
        sql: """
          CREATE TABLE memory_state (
            learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            bundle_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            topic_id TEXT NOT NULL,
            stability REAL NOT NULL,
            difficulty REAL NOT NULL,
            last_review REAL NOT NULL,
            review_count INTEGER NOT NULL,
            lapse_count INTEGER NOT NULL,
            PRIMARY KEY (learner_id, bundle_id, question_id)
          ) WITHOUT ROWID
          """)

    }
    migrator.registerMigration("createTeachingSession") { db in
      try db.execute(
        sql: """
          CREATE TABLE teaching_session (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            educator_name TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            bundle_version TEXT NOT NULL,
            path_id TEXT,
            planned_topics TEXT NOT NULL,
            started_at REAL NOT NULL,
            ended_at REAL
          );
          CREATE UNIQUE INDEX teaching_session_one_open
            ON teaching_session(ended_at IS NULL) WHERE ended_at IS NULL;
          CREATE INDEX teaching_session_by_start ON teaching_session(started_at);
          CREATE TABLE teaching_session_learner (
            session_id INTEGER NOT NULL REFERENCES teaching_session(id) ON DELETE CASCADE,
            learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (session_id, learner_id)
          ) WITHOUT ROWID;
          CREATE INDEX teaching_session_learner_by_learner
            ON teaching_session_learner(learner_id);
          CREATE TABLE session_note (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES teaching_session(id) ON DELETE CASCADE,
            learner_id INTEGER REFERENCES learner(id) ON DELETE SET NULL,
            at REAL NOT NULL,
            text TEXT NOT NULL
          );
          CREATE INDEX session_note_by_session ON session_note(session_id);
          CREATE INDEX session_note_by_learner ON session_note(learner_id);
          CREATE INDEX event_by_session ON event(session_id) WHERE session_id IS NOT NULL;
          """)
    }
    migrator.registerMigration("addLastRatingToMemoryState") { db in
      try db.execute(sql: "ALTER TABLE memory_state ADD COLUMN last_rating INTEGER")
      try MemoryStateTable.rebuild(db, model: FSRS())
    }
    migrator.registerMigration("eventSessionIsATeachingSession") { db in
      try db.execute(
        sql: """
          UPDATE event SET session_id = NULL
          WHERE session_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM teaching_session_learner AS taught
            WHERE taught.session_id = event.session_id AND taught.learner_id = event.learner_id);
          DROP INDEX event_by_session;
          ALTER TABLE event RENAME COLUMN session_id TO teaching_session_id;
          CREATE INDEX event_by_teaching_session ON event(teaching_session_id)
            WHERE teaching_session_id IS NOT NULL;
          """)
    }
    migrator.registerMigration("addDidNotKnowToEvent") { db in
      try db.execute(sql: "ALTER TABLE event ADD COLUMN did_not_know INTEGER")
    }
    migrator.registerMigration("addLastUsedToLearner") { db in
      try db.execute(
        sql: """
          ALTER TABLE learner ADD COLUMN last_used_at REAL;
          UPDATE learner SET last_used_at = COALESCE(
            (SELECT MAX(at) FROM event WHERE event.learner_id = learner.id), created_at);
          CREATE INDEX learner_by_last_used ON learner(last_used_at);
          UPDATE learner SET name = 'Guest'
          WHERE name = 'me' AND NOT EXISTS (SELECT 1 FROM learner WHERE name = 'Guest');
          """)
    }
    migrator.registerMigration("addSectionReadByTimeIndex") { db in
      try db.execute(
        sql: """
          CREATE INDEX event_section_read_by_time ON event(learner_id, bundle_id, at)
            WHERE kind = 'section-read'
          """)
    }
    migrator.registerMigration("addRelationshipToSessionLearner") { db in
      try db.execute(sql: "ALTER TABLE teaching_session_learner ADD COLUMN relationship TEXT")
    }
    migrator.registerMigration("createPatientIdentityAndDemonstration") { db in
      try db.execute(
        sql: """
          CREATE TABLE patient_identity (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            mrn TEXT,
            mrn_system TEXT,
            birth_date TEXT,
            entered_by TEXT NOT NULL,
            entered_at REAL NOT NULL
          );
          CREATE INDEX patient_identity_by_learner ON patient_identity(learner_id);
          CREATE TABLE demonstration (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            teaching_session_id INTEGER REFERENCES teaching_session(id) ON DELETE SET NULL,
            bundle_id TEXT NOT NULL,
            topic_id TEXT NOT NULL,
            passed INTEGER NOT NULL,
            note TEXT NOT NULL,
            at REAL NOT NULL,
            entered_by TEXT NOT NULL,
            replaces_id INTEGER REFERENCES demonstration(id) ON DELETE SET NULL
          );
          CREATE INDEX demonstration_by_learner ON demonstration(learner_id, bundle_id);
          """)
    }
    migrator.registerMigration("addChosenChoicesToEvent") { db in
      // The choices an answer named, as author's indices joined by commas (`0,2`).
      try db.execute(sql: "ALTER TABLE event ADD COLUMN chosen TEXT")
    }
    migrator.registerMigration("createAccessControl") { db in
      try db.execute(
        sql: """
          CREATE TABLE access_control (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            mode TEXT NOT NULL CHECK (mode IN ('home', 'clinic')),
            educator_passphrase_hash TEXT
          );
          INSERT INTO access_control (id, mode) VALUES (1, 'home');
          ALTER TABLE learner ADD COLUMN pin_hash TEXT;
          CREATE TABLE access_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            learner_id INTEGER REFERENCES learner(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            at REAL NOT NULL
          );
          CREATE INDEX access_event_by_learner ON access_event(learner_id);
          CREATE INDEX access_event_by_kind ON access_event(kind, id);
          """)
    }
    migrator.registerMigration("addLanguageToLearnerEventAndTeachingSession") { db in
      try db.execute(
        sql: """
          ALTER TABLE learner ADD COLUMN language TEXT;
          ALTER TABLE event ADD COLUMN language TEXT;
          ALTER TABLE teaching_session ADD COLUMN language TEXT;
          """)
    }
    migrator.registerMigration("addUUIDToEvent") { db in
      // A version 4 UUID for every event, old and new (a trigger fills it on insert), so that
      // events copied to the clinic's server keep one identity and a copy run twice adds none.
      let uuid = """
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
          || substr(lower(hex(randomblob(2))), 2) || '-'
          || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
          || '-' || lower(hex(randomblob(6)))
        """
      try db.execute(
        sql: """
          ALTER TABLE event ADD COLUMN uuid TEXT;
          UPDATE event SET uuid = \(uuid);
          CREATE UNIQUE INDEX event_by_uuid ON event(uuid);
          CREATE TRIGGER event_gets_a_uuid AFTER INSERT ON event WHEN NEW.uuid IS NULL
          BEGIN
            UPDATE event SET uuid = \(uuid) WHERE id = NEW.id;
          END;
          """)
    }
    return migrator
  }
}
