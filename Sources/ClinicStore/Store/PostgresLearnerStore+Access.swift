import Foundation
import LearnerStore
import Learning
import PostgresNIO
import Privacy

/// Who may open whose records, kept on the server as the SQLite store keeps it in its file;
/// secrets are hashed here, outside any transaction.
extension PostgresLearnerStore {
  package func accessMode() throws -> AccessMode {
    let logger = self.logger
    return try read { db in try await Self.accessRow(db, logger: logger).mode }
  }

  package func turnOnClinicMode(passphrase: String, at date: Date) throws {
    let logger = self.logger
    let hash = SecretHasher().hash(passphrase).storedForm
    let at = date.timeIntervalSince1970
    try transaction { db in
      try await db.query(
        """
        UPDATE access_control SET mode = 'clinic', educator_passphrase_hash = \(hash) WHERE id = 1
        """, logger: logger)
      try await Self.insertAccessEvent(db, .clinicModeOn, learnerID: nil, at: at, logger: logger)
    }
  }

  package func turnOffClinicMode(at date: Date) throws {
    let logger = self.logger
    let at = date.timeIntervalSince1970
    try transaction { db in
      try await db.query(
        "UPDATE access_control SET mode = 'home', educator_passphrase_hash = NULL WHERE id = 1",
        logger: logger)
      try await Self.insertAccessEvent(db, .clinicModeOff, learnerID: nil, at: at, logger: logger)
    }
  }

  package func hasPIN(learnerID: Int64) throws -> Bool {
    let logger = self.logger
    return try read { db in try await Self.pinHash(db, learnerID: learnerID, logger: logger) != nil
    }
  }

  package func setPIN(_ pin: String, learnerID: Int64, at date: Date) throws {
    let logger = self.logger
    let hash = SecretHasher().hash(pin).storedForm
    let at = date.timeIntervalSince1970
    try transaction { db in
      let changed = try await db.count(
        "UPDATE learner SET pin_hash = \(hash) WHERE id = \(learnerID) RETURNING id",
        logger: logger)
      guard changed == 1 else { throw LearnerStoreError.unknownLearner(learnerID) }
      try await Self.insertAccessEvent(db, .pinSet, learnerID: learnerID, at: at, logger: logger)
    }
  }

  package func removePIN(learnerID: Int64, as kind: AccessEventKind, at date: Date) throws {
    precondition([.pinRemoved, .pinResetByEducator, .pinResetAtHome].contains(kind))
    let logger = self.logger
    let at = date.timeIntervalSince1970
    try transaction { db in
      let changed = try await db.count(
        "UPDATE learner SET pin_hash = NULL WHERE id = \(learnerID) RETURNING id", logger: logger)
      guard changed == 1 else { throw LearnerStoreError.unknownLearner(learnerID) }
      try await Self.insertAccessEvent(db, kind, learnerID: learnerID, at: at, logger: logger)
    }
  }

  package func checkSecret(_ secret: String, forLearnerNamed name: String?, at date: Date)
    throws -> SecretCheck
  {
    let logger = self.logger
    let trimmedName = name.map(StoreRules.trimmed)
    let (named, pinHash, passphraseHash) = try read { db in
      var named: Learner?
      if let trimmedName {
        named = try await Self.learner(db, named: trimmedName, logger: logger)
      }
      var pinHash: String?
      if let named { pinHash = try await Self.pinHash(db, learnerID: named.id, logger: logger) }
      return (named, pinHash, try await Self.accessRow(db, logger: logger).passphraseHash)
    }
    let hasher = SecretHasher()
    // As at home: a name without a PIN costs one derivation too, so the time says nothing.
    let pinMatches = name != nil && Self.matches(secret, pinHash, hasher)
    let passphraseMatches = passphraseHash != nil && Self.matches(secret, passphraseHash, hasher)
    let result: SecretCheck =
      if pinMatches, let named { .learnersPIN(named) } else if passphraseMatches {
        .educatorPassphrase
      } else { .wrong }
    let at = date.timeIntervalSince1970
    let learnerID = result == .educatorPassphrase ? nil : named?.id
    try transaction { db in
      try await Self.insertAccessEvent(
        db, result == .wrong ? .wrongEntry : .rightEntry, learnerID: learnerID, at: at,
        logger: logger)
    }
    return result
  }

  package func secondsBeforeNextTry(at date: Date) throws -> Int {
    let logger = self.logger
    let (wrongInARow, lastWrongAt) = try read { db -> (Int, Double?) in
      guard
        let row = try await db.rows(
          """
          SELECT COUNT(*) AS wrong, MAX(at) AS last FROM access_event
          WHERE kind = 'wrong-entry'
            AND id > (SELECT COALESCE(MAX(id), 0) FROM access_event WHERE kind = 'right-entry')
          """, table: "access_event", logger: logger
        ).first
      else { return (0, nil) }
      return (Int(try row.integer("wrong")), try row.value("last", as: Double?.self))
    }
    guard let lastWrongAt else { return 0 }
    let wait = Double(GuessBackoff.wait(afterWrongInARow: wrongInARow))
    let elapsed = max(0, date.timeIntervalSince1970 - lastWrongAt)
    return min(max(Int((wait - elapsed).rounded(.up)), 0), GuessBackoff.longestWait)
  }

  package func accessEvents(learnerID: Int64?) throws -> [AccessEvent] {
    let logger = self.logger
    return try read { db in
      try await db.rows(
        """
        SELECT * FROM access_event WHERE learner_id IS NOT DISTINCT FROM \(learnerID) ORDER BY id
        """, table: "access_event", logger: logger
      ).map(StoredModels.accessEvent)
    }
  }

  // MARK: - Rows

  private static func matches(_ secret: String, _ stored: String?, _ hasher: SecretHasher)
    -> Bool
  {
    guard let stored, let hash = SecretHash(storedForm: stored) else {
      _ = SecretHasher.derive(
        secret, salt: [UInt8](repeating: 0, count: SecretHasher.saltByteCount),
        parameters: hasher.parameters)
      return false
    }
    return hasher.matches(secret, hash)
  }

  private static func accessRow(_ db: PostgresConnection, logger: Logger) async throws -> (
    mode: AccessMode, passphraseHash: String?
  ) {
    guard
      let row = try await db.rows(
        "SELECT * FROM access_control WHERE id = 1", table: "access_control", logger: logger
      ).first
    else { return (.home, nil) }
    guard let mode = AccessMode(rawValue: try row.text("mode")) else {
      throw LearnerStoreError.database("a value of the wrong kind in access_control.mode")
    }
    return (mode, try row.optionalText("educator_passphrase_hash"))
  }

  private static func pinHash(_ db: PostgresConnection, learnerID: Int64, logger: Logger)
    async throws -> String?
  {
    try await db.rows(
      "SELECT pin_hash FROM learner WHERE id = \(learnerID)", table: "learner", logger: logger
    ).first?.optionalText("pin_hash")
  }

  private static func insertAccessEvent(
    _ db: PostgresConnection, _ kind: AccessEventKind, learnerID: Int64?, at: Double,
    logger: Logger
  ) async throws {
    try await db.query(
      "INSERT INTO access_event (learner_id, kind, at) VALUES (\(learnerID), \(kind.rawValue), \(at))",
      logger: logger)
  }
}
