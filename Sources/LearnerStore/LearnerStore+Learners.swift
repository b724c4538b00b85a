import Foundation
import GRDB
import Learning
import Markdown

extension LearnerStore {
  /// Every learner, oldest first.
  public func learners() throws -> [Learner] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM learner ORDER BY id").map(Self.learner)
    }
  }

  /// The learner of that name, compared without regard to case.
  public func learner(named name: String) throws -> Learner? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM learner WHERE name = ?", arguments: [Self.trimmed(name)]
      ).map(Self.learner)
    }
  }

  public func learner(id: Int64) throws -> Learner? {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE id = ?", arguments: [id]).map(
        Self.learner)
    }
  }

  /// Adds a learner. Throws `duplicateLearnerName` when the name (ignoring case) is taken,
  /// `controlCharacterInLearnerName` for a name holding a character `TextSanitizer.isForbidden`
  /// names (a control or text-direction character), and `invalidLearnerName` for a name without
  /// letters or digits or over 100 characters.
  public func addLearner(name: String, role: LearnerRole, pathID: String?) throws -> Learner {
    let name = Self.trimmed(name)
    if let scalar = name.unicodeScalars.first(where: TextSanitizer.isForbidden) {
      throw LearnerStoreError.controlCharacterInLearnerName(scalar.value)
    }
    guard name.count <= 100, name.contains(where: { $0.isLetter || $0.isNumber })
    else { throw LearnerStoreError.invalidLearnerName }
    let now = Date()
    return try write { db in
      if try Bool.fetchOne(db, sql: "SELECT 1 FROM learner WHERE name = ?", arguments: [name])
        != nil
      {
        throw LearnerStoreError.duplicateLearnerName(name)
      }
      try db.execute(
        sql: "INSERT INTO learner (name, role, path_id, created_at) VALUES (?, ?, ?, ?)",
        arguments: [name, role.rawValue, pathID, now.timeIntervalSince1970])
      return Learner(
        id: db.lastInsertedRowID, name: name, role: role, pathID: pathID, createdAt: now)
    }
  }

  /// Sets (or clears) the learning path a learner follows.
  public func setPath(_ pathID: String?, learnerID: Int64) throws {
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
  public func removeLearner(id: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM event WHERE learner_id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM memory_state WHERE learner_id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM session_note WHERE learner_id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM learner WHERE id = ?", arguments: [id])
      if db.changesCount == 0 { throw LearnerStoreError.unknownLearner(id) }
    }
  }

  private static func trimmed(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func learner(_ row: Row) throws -> Learner {
    let role: String = row["role"]
    guard let learnerRole = LearnerRole(rawValue: role) else {
      throw LearnerStoreError.database(
        "learner \(row["id"] as Int64) has an unknown role “\(role)”")
    }
    return Learner(
      id: row["id"], name: row["name"], role: learnerRole, pathID: row["path_id"],
      createdAt: Date(timeIntervalSince1970: row["created_at"]))
  }
}
