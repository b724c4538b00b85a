import Foundation
import GRDB
import Learning

/// The learner store on this computer: one SQLite file through GRDB.
///
/// Events are appended, one transaction each, and never rewritten — except that `forget`
/// deletes a learner's events on their request (their right to erase). Summaries (sections
/// read, mastery, progress, history) are derived by query; the `memory_state` table is a cache
/// of the FSRS state per question, updated in the answer's own transaction and rebuildable from
/// the events. An educator's teaching sessions and their notes are kept beside the events (see
/// `startTeachingSession`); an event recorded in one carries the session's id (see
/// `RecordingContext`), and no other kind of session exists.
///
/// Durability: WAL with `synchronous = FULL`. A recording call returns only once its event is
/// on the disk (an fsync per commit), so a committed event survives a killed process and a
/// power cut alike; the shell shows a verdict only after that (commit, then confirm).
/// `StoreBenchmark` measures the cost against `NORMAL`. Two shells on one file both work: each
/// write waits up to 5 s (`busy_timeout`) for the other.
///
/// Opening never changes a file it cannot use: a folder, named pipe or device, a file written by
/// a newer Teachback, garbage, someone else's database or a cut-short one throws
/// `LearnerStoreError` and is left byte for byte as it was, with nothing created beside it. A
/// store that reports damage later (SQLite finds a broken page, or a value of the wrong kind is
/// read) is refused from then on: every copy of this store throws that damage again before any
/// further read or write.
package struct SQLiteLearnerStore: LearnerStore {
  /// The database file's path.
  package let path: String
  package var location: String { path }
  let database: DatabasePool
  let model: FSRS
  /// Shared by every copy of this store: the damage that ended its use, once found.
  let health = StoreHealth()

  /// How long a write waits for another program writing the same file.
  package static let busyTimeout: TimeInterval = 5

  /// How hard a commit works to survive a power cut (a process kill is survived either way).
  package enum Durability: String, Sendable, Hashable {
    /// `synchronous = NORMAL`: no fsync per commit; a power cut may undo the last commits.
    case normal
    /// `synchronous = FULL`: an fsync per commit; a commit survives a power cut too.
    case full
  }

  /// Opens (creating and migrating if needed) the store at `path` (`~` is expanded).
  package init(path: String) throws {
    try self.init(path: path, model: FSRS())
  }

  /// Opens the store at `path` with the given durability (`.full` unless a benchmark compares).
  package init(path: String, durability: Durability) throws {
    try self.init(path: path, model: FSRS(), durability: durability)
  }

  /// Opens the default store, `$XDG_DATA_HOME/teachback/progress.sqlite`, making its folder
  /// (0700) when it is new.
  package init(directories: XDGDirectories = XDGDirectories()) throws {
    try XDGDirectories.createPrivateDirectory(directories.data)
    try self.init(path: directories.progressStore.path)
  }

  init(
    path: String, model: FSRS, durability: Durability = .full,
    migrateUpTo lastMigration: String? = nil
  ) throws {
    let path = NSString(string: path).expandingTildeInPath
    self.path = path
    self.model = model
    let contents = try StoreFile.openOrCreate(path)
    try StoreFile.checkHeader(contents, path: path)
    try Self.checkSchema(path, contents: contents)
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(Self.busyTimeout)
      configuration.label = "LearnerStore"
      database = try Self.openPool(
        path, configuration: configuration, isNew: !contents.isInWALMode)
      // Set on the writer (the one connection that commits) once the pool is open: GRDB sets
      // `synchronous = NORMAL` itself while opening a WAL pool, after `prepareDatabase`, so a
      // setting made there never took effect.
      try database.writeWithoutTransaction { db in
        try db.execute(
          sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
      }
      StoreFile.makePrivate(path)
      try Self.migrate(database, upTo: lastMigration)
      StoreFile.makePrivate(path)
    } catch let error as DatabaseError {
      throw Self.storeError(error, path: path)
    }
  }

  /// Opens the pool. Turning a new file to WAL needs the file to itself, and SQLite answers
  /// "busy" at once, without waiting, to a second program doing the same at that moment (so
  /// that neither waits on the other for ever); so for a file not yet in WAL mode the opening is
  /// tried again for up to `busyTimeout`. A file already in WAL mode is opened once: a program
  /// holding it longer is reported.
  private static func openPool(
    _ path: String, configuration: Configuration, isNew: Bool
  ) throws -> DatabasePool {
    let deadline = Date().addingTimeInterval(isNew ? busyTimeout : 0)
    while true {
      do {
        return try DatabasePool(path: path, configuration: configuration)
      } catch let error as DatabaseError
        where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && Date() < deadline
      {
        Thread.sleep(forTimeInterval: 0.02)
      }
    }
  }

  /// Applies the migrations this file lacks. Programs opening a new file at the same moment
  /// may both try a migration: each runs in its own transaction, so the one that comes second
  /// fails with a plain SQL error (its change is already made: "no such column", "table already
  /// exists") and simply looks again at what is left to do. Busy, full or damaged files are not
  /// retried.
  private static func migrate(_ database: DatabasePool, upTo lastMigration: String?) throws {
    for attempt in 1...5 {
      do {
        if let lastMigration {
          try StoreSchema.migrator.migrate(database, upTo: lastMigration)
        } else {
          try StoreSchema.migrator.migrate(database)
        }
        return
      } catch let error as DatabaseError where attempt < 5 && error.resultCode == .SQLITE_ERROR {
        continue
      }
    }
  }

  /// Reads the file without writing to it and refuses what this version must not touch.
  /// A database in WAL mode that no program has open (no `-wal` or `-shm` beside it) is read as
  /// an unchanging file, because a read-only connection would create those two files.
  private static func checkSchema(_ path: String, contents: StoreFile.Contents) throws {
    guard contents.size > 0 else { return }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    let immutable = contents.isInWALMode && !StoreFile.hasCompanions(path)
    do {
      let queue = try DatabaseQueue(
        path: immutable ? StoreFile.immutableURI(path) : path, configuration: configuration)
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
    case .SQLITE_FULL: .diskFull(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
    default: .database(error.message ?? "\(error.resultCode)")
    }
  }

  /// Runs `body` in one write transaction, turning database errors into `LearnerStoreError`.
  /// A store found damaged is never written again.
  func write<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
    try guarded { try database.write(body) }
  }

  func read<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
    try guarded { try database.read(body) }
  }

  /// Runs `access` unless the store was found damaged; turns its errors into
  /// `LearnerStoreError`, and remembers damage so that nothing touches the file again.
  private func guarded<T>(_ access: () throws -> T) throws -> T {
    if let damage = health.damage { throw damage }
    do {
      return try access()
    } catch let error as DatabaseError {
      throw health.noting(Self.storeError(error, path: path))
    } catch let problem as StoredValueProblem {
      throw health.noting(.damaged(path: path, detail: problem.detail))
    }
  }
}

extension SQLiteLearnerStore {
  /// Closes the file now (it is also closed when the last copy of the store goes away).
  package func close() throws {
    do {
      try database.close()
    } catch let error as DatabaseError {
      throw Self.storeError(error, path: path)
    }
  }
}
