import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

@Suite struct StoreFileTests {
  let folder: TemporaryFolder

  init() throws { folder = try TemporaryFolder() }

  func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  /// A closed store with one learner and a few answers, its WAL folded into the main file.
  func makeStore(_ path: String, answers: Int = 3) throws {
    let store = try SQLiteLearnerStore(path: path)
    let learner = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    for index in 0..<answers {
      try store.recordAnswer(
        Attempt(
          questionID: "q\(index)", topicID: "care", sectionID: "flushing",
          response: String(repeating: "x", count: 200), isCorrect: true, tryNumber: 1,
          usedHint: false, isRedFlag: false, secondsTaken: 3, rating: .good,
          answeredAt: Date(timeIntervalSince1970: 1_800_000_000)),
        in: RecordingContext(learnerID: learner.id, bundleID: "b", bundleVersion: "1"))
    }
    try store.close()
  }

  @Test func olderSchemaIsUpgradedWithoutLoss() throws {
    let path = folder.path("old.sqlite")
    let date = 1_800_000_000.0
    do {
      let old = try SQLiteLearnerStore(path: path, model: FSRS(), migrateUpTo: "createEvent")
      try old.database.write { db in
        #expect(try !db.tableExists("memory_state"))
        try db.execute(
          sql:
            """
            INSERT INTO learner (name, role, path_id, created_at)
            VALUES ('Ana', 'caregiver', 'at-home', ?)
            """,
          arguments: [date])
        for (offset, grade) in [1, 2, 3].enumerated() {
          try db.execute(
            sql: """
              INSERT INTO event (learner_id, kind, at, bundle_id, bundle_version, topic_id, section_id,
                question_id, response, correct, grade, seconds, try_number, used_hint)
              VALUES (1, 'answer-given', ?, 'b', '1', 'care', 'flushing', 'q1', 'a', ?, ?, 9, 1, 0)
              """,
            arguments: [date + Double(offset) * 86_400 * 2, grade > 1, grade])
        }
        try db.execute(
          sql: """
            INSERT INTO event (learner_id, kind, at, bundle_id, bundle_version, topic_id, section_id)
            VALUES (1, 'section-read', ?, 'b', '1', 'care', 'flushing')
            """, arguments: [date])
      }
      try old.close()
    }
    let store = try SQLiteLearnerStore(path: path)
    let ana = try #require(try store.learner(named: "Ana"))
    #expect(ana.role == .caregiver && ana.pathID == "at-home")
    #expect(
      try store.sectionsRead(learnerID: ana.id, bundleID: "b") == [
        SectionKey(topicID: "care", sectionID: "flushing")
      ])
    #expect(try store.history(learnerID: ana.id, limit: 10).count == 4)
    let replayed = [1, 2, 3].enumerated().reduce(nil as MemoryState?) { state, answer in
      FSRS().review(
        state, rating: ReviewRating(rawValue: answer.element)!,
        at: Date(timeIntervalSince1970: date + Double(answer.offset) * 86_400 * 2))
    }
    #expect(try store.memory(learnerID: ana.id, bundleID: "b").states == ["q1": replayed!])
  }

  @Test func newerSchemaIsRefusedAndLeftUnchanged() throws {
    let path = folder.path("newer.sqlite")
    try makeStore(path)
    do {
      let store = try SQLiteLearnerStore(path: path)
      try store.database.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('createCarePlan')")
      }
      try store.close()
    }
    let before = try #require(bytes(path))
    #expect(
      throws: LearnerStoreError.newerSchema(path: path, unknownMigrations: ["createCarePlan"])
    ) {
      try SQLiteLearnerStore(path: path)
    }
    #expect(bytes(path) == before)
    let message = LearnerStoreError.newerSchema(path: path, unknownMigrations: []).description
    #expect(
      message.contains(
        "was written by a newer version of Teachback; update Teachback or use --store to "
          + "choose another file"
      ))
  }

  @Test func truncatedFileIsRefusedAndLeftUnchanged() throws {
    let path = folder.path("cut.sqlite")
    try makeStore(path, answers: 200)
    let whole = try #require(bytes(path))
    #expect(whole.count > 8 * 4096)
    let cut = whole.prefix(whole.count / 2)
    try cut.write(to: URL(fileURLWithPath: path))
    do {
      _ = try SQLiteLearnerStore(path: path)
      Issue.record("opened a truncated file")
    } catch let error as LearnerStoreError {
      guard case .damaged = error else { Issue.record("unexpected \(error)"); return }
      #expect(error.description.contains("is damaged"))
    }
    #expect(bytes(path) == cut)

    let header = whole.prefix(50)
    try header.write(to: URL(fileURLWithPath: path))
    #expect(throws: LearnerStoreError.notADatabase(path: path)) {
      try SQLiteLearnerStore(path: path)
    }
    #expect(bytes(path) == header)
  }

  @Test(arguments: [
    Data("hello, this is my shopping list\n".utf8),
    Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
    Data("SQLite format 3\0".utf8) + Data(repeating: 0xFF, count: 4000),
  ])
  func garbageIsRefusedAndLeftUnchanged(contents: Data) throws {
    let path = folder.path("garbage.sqlite")
    try contents.write(to: URL(fileURLWithPath: path))
    do {
      _ = try SQLiteLearnerStore(path: path)
      Issue.record("opened garbage")
    } catch let error as LearnerStoreError {
      switch error {
      case .notADatabase, .damaged: break
      default: Issue.record("unexpected \(error)")
      }
    }
    #expect(bytes(path) == contents)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
  }

  @Test func aFolderIsNotAStore() throws {
    #expect(throws: LearnerStoreError.notAFile(path: folder.url.path, kind: "folder")) {
      try SQLiteLearnerStore(path: folder.url.path)
    }
  }

  /// `mkfifo f; teachback --store f`: refused at once (a blocking open would wait for a writer
  /// for ever), and nothing is created beside it.
  @Test func aNamedPipeIsRefusedWithoutWaiting() throws {
    let path = folder.path("pipe")
    #expect(mkfifo(path, 0o600) == 0)
    #expect(throws: LearnerStoreError.notAFile(path: path, kind: "named pipe (FIFO)")) {
      try SQLiteLearnerStore(path: path)
    }
    #expect(!StoreFile.hasCompanions(path))
    #expect(
      LearnerStoreError.notAFile(path: path, kind: "named pipe (FIFO)").description.contains(
        "Use --store to choose a file"))
  }

  @Test func aDeviceIsRefused() throws {
    #expect(throws: LearnerStoreError.notAFile(path: "/dev/null", kind: "device")) {
      try SQLiteLearnerStore(path: "/dev/null")
    }
  }

  /// A database in WAL mode that is refused (someone else's, or newer) gets no `-wal` or `-shm`
  /// beside it: a read-only SQLite connection would create both.
  @Test func refusedWALDatabasesGetNoCompanions() throws {
    let foreign = folder.path("foreign.sqlite")
    do {
      let queue = try DatabaseQueue(path: foreign)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = WAL")
        try db.execute(sql: "CREATE TABLE recipe (name TEXT)")
      }
      try queue.close()
    }
    let newer = folder.path("newer.sqlite")
    try makeStore(newer)
    do {
      let queue = try DatabaseQueue(path: newer)
      try queue.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('createCarePlan')")
      }
      try queue.close()
    }
    for path in [foreign, newer] {
      #expect(!StoreFile.hasCompanions(path))
      let before = bytes(path)
      #expect(throws: LearnerStoreError.self) { try SQLiteLearnerStore(path: path) }
      #expect(!StoreFile.hasCompanions(path), "\(path)")
      #expect(bytes(path) == before)
    }
  }

  @Test func someoneElsesDatabaseIsRefused() throws {
    let path = folder.path("other.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in try db.execute(sql: "CREATE TABLE recipe (name TEXT)") }
      try queue.close()
    }
    let before = bytes(path)
    #expect(throws: LearnerStoreError.notATeachbackStore(path: path)) {
      try SQLiteLearnerStore(path: path)
    }
    #expect(bytes(path) == before)
  }

  @Test func filesArePrivateWhateverTheUmask() throws {
    let previous = umask(0)
    defer { umask(previous) }
    let directory = folder.url.appendingPathComponent("share/teachback")
    let path = directory.appendingPathComponent("progress.sqlite").path
    let store = try SQLiteLearnerStore(
      directories: XDGDirectories(environment: ["XDG_DATA_HOME": folder.path("share")]))
    _ = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    func mode(_ path: String) throws -> Int {
      (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }
    #expect(try mode(directory.path) == 0o700)
    #expect(try mode(directory.deletingLastPathComponent().path) == 0o700)
    #expect(try mode(path) == 0o600)
    #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    #expect(try mode(path + "-wal") == 0o600)
    #expect(try mode(path + "-shm") == 0o600)
  }

  @Test func xdgDirectories() {
    let home = URL(fileURLWithPath: "/home/ana")
    let set = XDGDirectories(
      environment: [
        "XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state", "XDG_CONFIG_HOME": "/conf",
      ],
      home: home)
    #expect(set.progressStore.path == "/data/teachback/progress.sqlite")
    #expect(set.state.path == "/state/teachback")
    #expect(set.config.path == "/conf/teachback")
    let unset = XDGDirectories(
      environment: ["XDG_DATA_HOME": "relative/path", "XDG_STATE_HOME": ""], home: home)
    #expect(unset.progressStore.path == "/home/ana/.local/share/teachback/progress.sqlite")
    #expect(unset.state.path == "/home/ana/.local/state/teachback")
    #expect(unset.config.path == "/home/ana/.config/teachback")
  }
}
