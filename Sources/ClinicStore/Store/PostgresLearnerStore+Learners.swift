import Curriculum
import Foundation
import LearnerStore
import Learning
import PostgresNIO

extension PostgresLearnerStore {
  package func learners() throws -> [Learner] {
    let logger = self.logger
    return try read { db in
      try await db.rows("SELECT * FROM learner ORDER BY id", table: "learner", logger: logger)
        .map(StoredModels.learner)
    }
  }

  package func learner(named name: String) throws -> Learner? {
    let logger = self.logger
    let name = StoreRules.trimmed(name)
    return try read { db in try await Self.learner(db, named: name, logger: logger) }
  }

  package func learner(id: Int64) throws -> Learner? {
    let logger = self.logger
    return try read { db in try await Self.learner(db, id: id, logger: logger) }
  }

  package func lastUsedLearner() throws -> Learner? {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        "SELECT * FROM learner ORDER BY last_used_at DESC NULLS LAST, id DESC LIMIT 1",
        table: "learner", logger: logger
      ).first.map(StoredModels.learner)
    }
  }

  @discardableResult
  package func markUsed(learnerID: Int64, at date: Date) throws -> Learner {
    let logger = self.logger
    let at = date.timeIntervalSince1970
    return try transaction(idempotent: true) { db in
      guard
        let learner = try await db.rows(
          "UPDATE learner SET last_used_at = \(at) WHERE id = \(learnerID) RETURNING *",
          table: "learner", logger: logger
        ).first.map(StoredModels.learner)
      else { throw LearnerStoreError.unknownLearner(learnerID) }
      return learner
    }
  }

  package func renameLearner(id: Int64, to newName: String) throws -> Learner {
    let logger = self.logger
    let name = try StoreRules.learnerName(newName)
    return try transaction(idempotent: true) { db in
      if let other = try await Self.learner(db, named: name, logger: logger), other.id != id {
        throw LearnerStoreError.duplicateLearnerName(name)
      }
      guard
        let learner = try await db.rows(
          "UPDATE learner SET name = \(name) WHERE id = \(id) RETURNING *", table: "learner",
          logger: logger
        ).first.map(StoredModels.learner)
      else { throw LearnerStoreError.unknownLearner(id) }
      return learner
    }
  }

  package func addLearner(name: String, role: LearnerRole, pathID: String?) throws -> Learner {
    let name = try StoreRules.learnerName(name)
    let (learner, added) = try findOrAdd(name: name, role: role, pathID: pathID)
    if !added { throw LearnerStoreError.duplicateLearnerName(name) }
    return learner
  }

  package func learner(named name: String, addingAs role: LearnerRole, pathID: String?) throws
    -> (learner: Learner, added: Bool)
  {
    try findOrAdd(name: try StoreRules.learnerName(name), role: role, pathID: pathID)
  }

  /// The learner of that name, or a new one: an insert that does nothing when the name is taken
  /// (by anyone, at any moment), then the learner of that name.
  private func findOrAdd(name: String, role: LearnerRole, pathID: String?) throws
    -> (learner: Learner, added: Bool)
  {
    let logger = self.logger
    let now = Date().timeIntervalSince1970
    return try transaction(idempotent: true) { db in
      if let added = try await db.rows(
        """
        INSERT INTO learner (name, role, path_id, created_at)
        VALUES (\(name), \(role.rawValue), \(pathID), \(now))
        ON CONFLICT ((lower(name))) DO NOTHING RETURNING *
        """, table: "learner", logger: logger
      ).first {
        return (try StoredModels.learner(added), true)
      }
      guard let existing = try await Self.learner(db, named: name, logger: logger) else {
        throw LearnerStoreError.database("a learner's name was taken and is gone again")
      }
      return (existing, false)
    }
  }

  package func setRole(_ role: LearnerRole, learnerID: Int64) throws {
    let logger = self.logger
    try transaction(idempotent: true) { db in
      let changed = try await db.count(
        "UPDATE learner SET role = \(role.rawValue) WHERE id = \(learnerID) RETURNING id",
        logger: logger)
      if changed == 0 { throw LearnerStoreError.unknownLearner(learnerID) }
    }
  }

  package func setPath(_ pathID: String?, learnerID: Int64) throws {
    let logger = self.logger
    try transaction(idempotent: true) { db in
      let changed = try await db.count(
        "UPDATE learner SET path_id = \(pathID) WHERE id = \(learnerID) RETURNING id",
        logger: logger)
      if changed == 0 { throw LearnerStoreError.unknownLearner(learnerID) }
    }
  }

  package func setLanguage(_ language: Language?, learnerID: Int64) throws {
    let logger = self.logger
    let code = language?.rawValue
    try transaction(idempotent: true) { db in
      let changed = try await db.count(
        "UPDATE learner SET language = \(code) WHERE id = \(learnerID) RETURNING id",
        logger: logger)
      if changed == 0 { throw LearnerStoreError.unknownLearner(learnerID) }
    }
  }

  package func removeLearner(id: Int64) throws {
    let logger = self.logger
    try transaction { db in
      try await db.query("DELETE FROM event WHERE learner_id = \(id)", logger: logger)
      try await db.query("DELETE FROM memory_state WHERE learner_id = \(id)", logger: logger)
      try await db.query("DELETE FROM session_note WHERE learner_id = \(id)", logger: logger)
      let deleted = try await db.count(
        "DELETE FROM learner WHERE id = \(id) RETURNING id", logger: logger)
      if deleted == 0 { throw LearnerStoreError.unknownLearner(id) }
    }
  }

  // MARK: - Rows

  static func learner(_ db: PostgresConnection, named name: String, logger: Logger) async throws
    -> Learner?
  {
    try await db.rows(
      "SELECT * FROM learner WHERE lower(name) = lower(\(name))", table: "learner", logger: logger
    ).first.map(StoredModels.learner)
  }

  static func learner(_ db: PostgresConnection, id: Int64, logger: Logger) async throws
    -> Learner?
  {
    try await db.rows("SELECT * FROM learner WHERE id = \(id)", table: "learner", logger: logger)
      .first.map(StoredModels.learner)
  }

  static func requireLearner(_ db: PostgresConnection, _ id: Int64, logger: Logger) async throws {
    guard try await db.exists("SELECT 1 FROM learner WHERE id = \(id)", logger: logger) else {
      throw LearnerStoreError.unknownLearner(id)
    }
  }

  static func requireTeachingSession(_ db: PostgresConnection, _ id: Int64?, logger: Logger)
    async throws
  {
    guard let id else { return }
    guard try await db.exists("SELECT 1 FROM teaching_session WHERE id = \(id)", logger: logger)
    else { throw LearnerStoreError.unknownTeachingSession(id) }
  }
}
