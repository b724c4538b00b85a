import Curriculum
import Foundation
import GRDB
import Learning
import Markdown

extension SQLiteLearnerStore {
  /// Every learner, oldest first.
  package func learners() throws -> [Learner] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM learner ORDER BY id").map(Self.learner)
    }
  }

  /// The learner of that name, compared without regard to case.
  package func learner(named name: String) throws -> Learner? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM learner WHERE name = ?", arguments: [Self.trimmed(name)]
      ).map(Self.learner)
    }
  }

  /// The learner opened most recently (see `markUsed`), or nil when there are none. A learner
  /// never opened (added by a teaching session) comes after every learner who was.
  package func lastUsedLearner() throws -> Learner? {
    try read { db in
      try Row.fetchOne(db, sql: StartupQueries.lastUsedLearner).map(Self.learner)
    }
  }

  /// Notes that the learner was opened at `date`, so that the next run resumes them, and returns
  /// them as stored now.
  @discardableResult
  package func markUsed(learnerID: Int64, at date: Date) throws -> Learner {
    try write { db in
      try db.execute(
        sql: StartupQueries.markUsed, arguments: [date.timeIntervalSince1970, learnerID])
      guard
        let learner = try Row.fetchOne(
          db, sql: "SELECT * FROM learner WHERE id = ?", arguments: [learnerID]
        ).map(Self.learner)
      else { throw LearnerStoreError.unknownLearner(learnerID) }
      return learner
    }
  }

  /// Gives a learner a new name, keeping everything they did. Throws `duplicateLearnerName`
  /// when another learner has that name (ignoring case), and what `addLearner` throws for a
  /// name that cannot be a learner's.
  package func renameLearner(id: Int64, to newName: String) throws -> Learner {
    let name = try Self.checkedName(newName)
    return try write { db in
      if let other = try Self.learner(db, named: name), other.id != id {
        throw LearnerStoreError.duplicateLearnerName(name)
      }
      try db.execute(sql: "UPDATE learner SET name = ? WHERE id = ?", arguments: [name, id])
      guard
        let learner = try Row.fetchOne(
          db, sql: "SELECT * FROM learner WHERE id = ?", arguments: [id]
        ).map(Self.learner)
      else { throw LearnerStoreError.unknownLearner(id) }
      return learner
    }
  }

  package func learner(id: Int64) throws -> Learner? {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE id = ?", arguments: [id]).map(
        Self.learner)
    }
  }

  /// Adds a learner. Throws `duplicateLearnerName` when the name (ignoring case) is taken,
  /// `controlCharacterInLearnerName` for a name holding a character `TextSanitizer.isForbidden`
  /// names (a control or text-direction character), and `invalidLearnerName` for a name without
  /// letters or digits or over 100 characters.
  package func addLearner(name: String, role: LearnerRole, pathID: String?) throws -> Learner {
    let name = try Self.checkedName(name)
    let now = Date()
    return try write { db in
      if try Self.learner(db, named: name) != nil {
        throw LearnerStoreError.duplicateLearnerName(name)
      }
      return try Self.insertLearner(db, name: name, role: role, pathID: pathID, at: now)
    }
  }

  /// The learner of that name, or a new one with `role` and `pathID` when there is none — in one
  /// transaction, so that when another program adds the same name at the same moment, both end
  /// up with that one learner. `added` says which happened. Throws what `addLearner` throws for
  /// a name that cannot be a learner's.
  package func learner(named name: String, addingAs role: LearnerRole, pathID: String?) throws
    -> (learner: Learner, added: Bool)
  {
    let name = try Self.checkedName(name)
    let now = Date()
    return try write { db in
      if let existing = try Self.learner(db, named: name) { return (existing, false) }
      return (try Self.insertLearner(db, name: name, role: role, pathID: pathID, at: now), true)
    }
  }

  /// Sets a learner's role.
  package func setRole(_ role: LearnerRole, learnerID: Int64) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE learner SET role = ? WHERE id = ?", arguments: [role.rawValue, learnerID])
      if db.changesCount == 0 { throw LearnerStoreError.unknownLearner(learnerID) }
    }
  }

  /// Sets (or clears) the language a learner chose to learn in.
  package func setLanguage(_ language: Language?, learnerID: Int64) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE learner SET language = ? WHERE id = ?",
        arguments: [language?.rawValue, learnerID])
      if db.changesCount == 0 { throw LearnerStoreError.unknownLearner(learnerID) }
    }
  }

  /// Sets (or clears) the learning path a learner follows.
  package func setPath(_ pathID: String?, learnerID: Int64) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE learner SET path_id = ? WHERE id = ?", arguments: [pathID, learnerID])
      if db.changesCount == 0 { throw LearnerStoreError.unknownLearner(learnerID) }
    }
  }

  /// Deletes a learner with every event, memory state and teaching-session note about them
  /// (their right to erase), and takes them off the sessions' learner lists. Notes about a whole
  /// session stay. (The notes are deleted here rather than left to `ON DELETE SET NULL`, which
  /// would turn a note about this learner into one about the whole session.)
  package func removeLearner(id: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM event WHERE learner_id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM memory_state WHERE learner_id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM session_note WHERE learner_id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM learner WHERE id = ?", arguments: [id])
      if db.changesCount == 0 { throw LearnerStoreError.unknownLearner(id) }
    }
  }

  private static func checkedName(_ name: String) throws -> String {
    try StoreRules.learnerName(name)
  }

  private static func learner(_ db: Database, named name: String) throws -> Learner? {
    try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE name = ?", arguments: [name])
      .map(learner)
  }

  private static func insertLearner(
    _ db: Database, name: String, role: LearnerRole, pathID: String?, at date: Date
  ) throws -> Learner {
    try db.execute(
      sql: "INSERT INTO learner (name, role, path_id, created_at) VALUES (?, ?, ?, ?)",
      arguments: [name, role.rawValue, pathID, date.timeIntervalSince1970])
    return Learner(
      id: db.lastInsertedRowID, name: name, role: role, pathID: pathID,
      createdAt: Date(timeIntervalSince1970: date.timeIntervalSince1970))
  }

  private static func trimmed(_ name: String) -> String { StoreRules.trimmed(name) }

  static func learner(_ row: Row) throws -> Learner {
    let stored = StoredRow(row, table: "learner")
    guard let role = LearnerRole(rawValue: try stored.text("role")) else {
      throw stored.problem("role")
    }
    let language = try stored.optionalText("language")
    guard language.map({ Language(rawValue: $0) != nil }) ?? true else {
      throw stored.problem("language")
    }
    return Learner(
      id: try stored.integer("id"), name: try stored.text("name"), role: role,
      pathID: try stored.optionalText("path_id"), createdAt: try stored.time("created_at"),
      lastUsedAt: try stored.optionalTime("last_used_at"),
      language: language.flatMap(Language.init(rawValue:)))
  }
}
