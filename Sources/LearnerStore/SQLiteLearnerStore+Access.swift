import Foundation
import GRDB
import Learning
import Privacy

/// Who may open whose records: the store's mode, the educator's passphrase, learners' PINs and
/// the access events. Secrets come in as typed and are hashed here (scrypt, `Privacy`); only
/// the hashes are kept, and the slow hashing runs outside any transaction.
extension SQLiteLearnerStore {
  package func accessMode() throws -> AccessMode {
    try read { db in try Self.accessRow(db).mode }
  }

  /// Turns clinic mode on, keeping the hash of the educator's new passphrase.
  package func turnOnClinicMode(passphrase: String, at date: Date) throws {
    let hash = SecretHasher().hash(passphrase).storedForm
    try write { db in
      try db.execute(
        sql: "UPDATE access_control SET mode = 'clinic', educator_passphrase_hash = ? WHERE id = 1",
        arguments: [hash])
      try Self.insertAccessEvent(db, .clinicModeOn, learnerID: nil, at: date)
    }
  }

  /// Back to home mode; the passphrase is dropped (a later `clinic on` chooses a new one).
  /// Learners' PINs stay.
  package func turnOffClinicMode(at date: Date) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE access_control SET mode = 'home', educator_passphrase_hash = NULL WHERE id = 1"
      )
      try Self.insertAccessEvent(db, .clinicModeOff, learnerID: nil, at: date)
    }
  }

  package func hasPIN(learnerID: Int64) throws -> Bool {
    try read { db in try Self.pinHash(db, learnerID: learnerID) != nil }
  }

  package func setPIN(_ pin: String, learnerID: Int64, at date: Date) throws {
    let hash = SecretHasher().hash(pin).storedForm
    try write { db in
      try db.execute(
        sql: "UPDATE learner SET pin_hash = ? WHERE id = ?", arguments: [hash, learnerID])
      guard db.changesCount == 1 else { throw LearnerStoreError.unknownLearner(learnerID) }
      try Self.insertAccessEvent(db, .pinSet, learnerID: learnerID, at: date)
    }
  }

  /// Removes a learner's PIN, recording why: `.pinRemoved` (by the learner),
  /// `.pinResetByEducator` or `.pinResetAtHome`.
  package func removePIN(learnerID: Int64, as kind: AccessEventKind, at date: Date) throws {
    precondition([.pinRemoved, .pinResetByEducator, .pinResetAtHome].contains(kind))
    try write { db in
      try db.execute(sql: "UPDATE learner SET pin_hash = NULL WHERE id = ?", arguments: [learnerID])
      guard db.changesCount == 1 else { throw LearnerStoreError.unknownLearner(learnerID) }
      try Self.insertAccessEvent(db, kind, learnerID: learnerID, at: date)
    }
  }

  /// Checks what was typed against the PIN of the learner named `name` (when there is one
  /// with a PIN) and the educator's passphrase, and records a right or wrong entry. It does
  /// the same work whether or not the name is a learner's, so how long it takes says nothing
  /// about who is stored.
  package func checkSecret(_ secret: String, forLearnerNamed name: String?, at date: Date)
    throws -> SecretCheck
  {
    let (named, pinHash, passphraseHash) = try read { db in
      let named = try name.flatMap { name in
        try Row.fetchOne(
          db, sql: "SELECT * FROM learner WHERE name = ?",
          arguments: [name.trimmingCharacters(in: .whitespacesAndNewlines)]
        ).map(Self.learner)
      }
      let pinHash = try named.flatMap { try Self.pinHash(db, learnerID: $0.id) }
      return (named, pinHash, try Self.accessRow(db).passphraseHash)
    }
    let hasher = SecretHasher()
    // A name without a PIN (or no one's) costs one derivation too, so the time taken does not
    // say whether the name is stored. Home mode has no passphrase to check.
    let pinMatches = name != nil && Self.matches(secret, pinHash, hasher)
    let passphraseMatches = passphraseHash != nil && Self.matches(secret, passphraseHash, hasher)
    let result: SecretCheck =
      if pinMatches, let named { .learnersPIN(named) } else if passphraseMatches {
        .educatorPassphrase
      } else { .wrong }
    try write { db in
      try Self.insertAccessEvent(
        db, result == .wrong ? .wrongEntry : .rightEntry,
        learnerID: result == .educatorPassphrase ? nil : named?.id, at: date)
    }
    return result
  }

  /// Seconds to wait before the next try, after the wrong entries in a row since the last
  /// right one (`GuessBackoff`), counted from the last wrong one. Kept in the store, so
  /// starting again does not reset it.
  package func secondsBeforeNextTry(at date: Date) throws -> Int {
    let (wrongInARow, lastWrongAt) = try read { db -> (Int, Double?) in
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) AS wrong, MAX(at) AS last FROM access_event
          WHERE kind = 'wrong-entry'
            AND id > (SELECT COALESCE(MAX(id), 0) FROM access_event WHERE kind = 'right-entry')
          """)
      let stored = row.map { StoredRow($0, table: "access_event") }
      return (
        Int(try stored?.integer("wrong", in: 0...Int64(Int32.max)) ?? 0),
        try stored?.optionalTime("last").map(\.timeIntervalSince1970)
      )
    }
    guard let lastWrongAt else { return 0 }
    let wait = Double(GuessBackoff.wait(afterWrongInARow: wrongInARow))
    let elapsed = max(0, date.timeIntervalSince1970 - lastWrongAt)
    return Int((wait - elapsed).rounded(.up)).clamped(to: 0...GuessBackoff.longestWait)
  }

  /// The access events about one learner, or about no one's records (nil), oldest first.
  package func accessEvents(learnerID: Int64?) throws -> [AccessEvent] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: learnerID == nil
          ? "SELECT * FROM access_event WHERE learner_id IS NULL ORDER BY id"
          : "SELECT * FROM access_event WHERE learner_id = ? ORDER BY id",
        arguments: learnerID.map { [$0] } ?? []
      ).map(Self.accessEvent)
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

  private static func accessRow(_ db: Database) throws -> (
    mode: AccessMode, passphraseHash: String?
  ) {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM access_control WHERE id = 1") else {
      return (.home, nil)
    }
    let stored = StoredRow(row, table: "access_control")
    guard let mode = AccessMode(rawValue: try stored.text("mode")) else {
      throw stored.problem("mode")
    }
    return (mode, try stored.optionalText("educator_passphrase_hash"))
  }

  private static func pinHash(_ db: Database, learnerID: Int64) throws -> String? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT pin_hash FROM learner WHERE id = ?", arguments: [learnerID])
    else { return nil }
    return try StoredRow(row, table: "learner").optionalText("pin_hash")
  }

  private static func insertAccessEvent(
    _ db: Database, _ kind: AccessEventKind, learnerID: Int64?, at date: Date
  ) throws {
    try db.execute(
      sql: "INSERT INTO access_event (learner_id, kind, at) VALUES (?, ?, ?)",
      arguments: [learnerID, kind.rawValue, date.timeIntervalSince1970])
  }

  private static func accessEvent(_ row: Row) throws -> AccessEvent {
    let stored = StoredRow(row, table: "access_event")
    guard let kind = AccessEventKind(rawValue: try stored.text("kind")) else {
      throw stored.problem("kind")
    }
    return AccessEvent(
      learnerID: try stored.optionalInteger("learner_id"), kind: kind, at: try stored.time("at"))
  }
}

extension Comparable {
  fileprivate func clamped(to range: ClosedRange<Self>) -> Self {
    min(max(self, range.lowerBound), range.upperBound)
  }
}
