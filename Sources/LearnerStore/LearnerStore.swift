import Foundation
import GRDB
import Learning

/// The durable record of learners and what they did: one SQLite file through GRDB.
///
/// Events are appended, one transaction each, and never rewritten — except that `forget`
/// deletes a learner's events on their request (their right to erase). Summaries (sections
/// read, mastery, progress, history) are derived by query; the `memory_state` table is a cache
/// of the FSRS state per question, updated in the answer's own transaction and rebuildable from
/// the events. An educator's teaching sessions and their notes are kept beside the events (see
/// `startTeachingSession`); an event recorded in one carries the session's id (see
/// `RecordingContext`), and no other kind of session exists.
///
/// Durability: WAL with `synchronous = NORMAL`. A committed event survives the process being
/// killed at any moment (the WAL is written before the commit returns; only fsync is deferred);
/// a power cut may lose the last moments of answers but never corrupts the file. `FULL` would
/// add an fsync per answer for the power-cut case only — see `StoreBenchmark` for both costs.
/// Two shells on one file both work: each write waits up to 5 s (`busy_timeout`) for the other.
///
/// Opening never changes a file it cannot use: a file written by a newer Teachback, garbage,
/// or a cut-short database throws `LearnerStoreError` and is left byte for byte as it was.
public struct LearnerStore: Sendable {
  /// The database file's path.
  public let path: String
  let database: DatabasePool
  let model: FSRS

  /// How long a write waits for another program writing the same file.
  public static let busyTimeout: TimeInterval = 5

  /// How hard a commit works to survive a power cut (a process kill is survived either way).
  public enum Durability: String, Sendable, Hashable {
    /// `synchronous = NORMAL`: no fsync per commit; a power cut may undo the last commits.
    case normal
    /// `synchronous = FULL`: an fsync per commit; a commit survives a power cut too.
    case full
  }

  /// Opens (creating and migrating if needed) the store at `path` (`~` is expanded).
  public init(path: String) throws {
    try self.init(path: path, model: FSRS())
  }

  /// Opens the store at `path` with the given durability (`.normal` unless a clinic asks more).
  public init(path: String, durability: Durability) throws {
    try self.init(path: path, model: FSRS(), durability: durability)
  }

  /// Opens the default store, `$XDG_DATA_HOME/teachback/progress.sqlite`.
  public init(directories: XDGDirectories = XDGDirectories()) throws {
    try self.init(path: directories.progressStore.path)
  }

  init(
    path: String, model: FSRS, durability: Durability = .normal,
    migrateUpTo lastMigration: String? = nil
  ) throws {
    let path = NSString(string: path).expandingTildeInPath
    self.path = path
    self.model = model
    try StoreFile.createIfMissing(path)
    try StoreFile.checkHeader(path)
    try Self.checkSchema(path)
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(Self.busyTimeout)
      configuration.label = "LearnerStore"
      configuration.prepareDatabase { db in
        try db.execute(
          sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
      }
      database = try DatabasePool(path: path, configuration: configuration)
      StoreFile.makePrivate(path)
      if let lastMigration {
        try StoreSchema.migrator.migrate(database, upTo: lastMigration)
      } else {
        try StoreSchema.migrator.migrate(database)
      }
      StoreFile.makePrivate(path)
    } catch let error as DatabaseError {
      throw Self.storeError(error, path: path)
    }
  }

  /// Reads the file without writing to it and refuses what this version must not touch.
  private static func checkSchema(_ path: String) throws {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      try queue.read { db in
        let tables = try String.fetchAll(
          db,
          sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        guard !tables.isEmpty else { return }
        guard tables.contains("grdb_migrations") else {
          throw LearnerStoreError.notATeachbackStore(path: path)
        }
        let known = Set(StoreSchema.migrator.migrations)
        let unknown = try StoreSchema.migrator.appliedIdentifiers(db).filter { !known.contains($0) }
        if !unknown.isEmpty {
          throw LearnerStoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
        }
      }
    } catch let error as DatabaseError {
      throw storeError(error, path: path)
    }
  }

  static func storeError(_ error: DatabaseError, path: String) -> LearnerStoreError {
    switch error.resultCode {
    case .SQLITE_NOTADB: .notADatabase(path: path)
    case .SQLITE_CORRUPT: .damaged(path: path, detail: error.message ?? "malformed")
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
      .cannotOpen(path: path, reason: error.message ?? "permission denied")
    default: .database(error.message ?? "\(error.resultCode)")
    }
  }

  /// Runs `body` in one write transaction, turning database errors into `LearnerStoreError`.
  func write<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try database.write(body)
    } catch let error as DatabaseError {
      throw Self.storeError(error, path: path)
    }
  }

  func read<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try database.read(body)
    } catch let error as DatabaseError {
      throw Self.storeError(error, path: path)
    }
  }
}

extension LearnerStore {
  /// Closes the file now (it is also closed when the last copy of the store goes away).
  public func close() throws {
    do {
      try database.close()
    } catch let error as DatabaseError {
      throw Self.storeError(error, path: path)
    }
  }
}
