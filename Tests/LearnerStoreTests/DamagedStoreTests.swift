import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// A store whose pages are damaged after it was opened (no whole-file scan at open): the first
/// corruption SQLite reports ends its use, and nothing is written to it again in that run.
@Suite struct DamagedStoreTests {
  /// A closed store with `answers` answers, its event table's root page overwritten.
  static func makeDamagedStore(_ path: String, answers: Int = 300) throws {
    let store = try SQLiteLearnerStore(path: path)
    let learner = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    try store.recordAnswers(
      (0..<answers).map { index in
        Attempt(
          questionID: "q\(index % 9)", topicID: "care", sectionID: "flushing",
          response: String(repeating: "r", count: 300), isCorrect: true, tryNumber: 1,
          usedHint: false, isRedFlag: false, secondsTaken: 3, rating: .good,
          answeredAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)))
      }, in: RecordingContext(learnerID: learner.id, bundleID: "b", bundleVersion: "1"))
    let (root, pageSize) = try store.database.read { db in
      (
        try Int.fetchOne(
          db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'event'") ?? 0,
        try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
      )
    }
    _ = try store.database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    try store.close()
    let handle = try #require(FileHandle(forUpdatingAtPath: path))
    try handle.seek(toOffset: UInt64((root - 1) * pageSize))
    try handle.write(contentsOf: Data(repeating: 0xA5, count: pageSize))
    try handle.close()
  }

  @Test func damageFoundByAReadStopsEveryLaterWrite() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("damaged.sqlite")
    try Self.makeDamagedStore(path)
    let store = try SQLiteLearnerStore(path: path)
    let ana = try #require(try store.learner(named: "Ana"))
    #expect {
      _ = try store.history(learnerID: ana.id)
    } throws: { error in
      guard case .damaged = error as? LearnerStoreError else { return false }
      return "\(error)".contains("Teachback will not write to it again")
    }
    let before = try #require(FileManager.default.contents(atPath: path))
    let logBefore = FileManager.default.contents(atPath: path + "-wal")
    let context = RecordingContext(learnerID: ana.id, bundleID: "b", bundleVersion: "1")
    // Even a write that would not touch the damaged pages is refused.
    #expect(throws: LearnerStoreError.self) {
      try store.recordTopicOpened("care", in: context)
    }
    #expect(throws: LearnerStoreError.self) {
      _ = try store.addLearner(name: "Ben", role: .patient, pathID: nil)
    }
    #expect(throws: LearnerStoreError.self) { _ = try store.learners() }
    try store.close()
    #expect(FileManager.default.contents(atPath: path) == before)
    #expect(FileManager.default.contents(atPath: path + "-wal") == logBefore)
  }

  @Test func damageFoundByAWriteStopsTheNextOnes() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("damaged-write.sqlite")
    try Self.makeDamagedStore(path)
    let store = try SQLiteLearnerStore(path: path)
    let ana = try #require(try store.learner(named: "Ana"))
    let context = RecordingContext(learnerID: ana.id, bundleID: "b", bundleVersion: "1")
    #expect {
      try store.recordTopicOpened("care", in: context)
    } throws: { error in
      guard case .damaged = error as? LearnerStoreError else { return false }
      return true
    }
    #expect(throws: LearnerStoreError.self) { _ = try store.learners() }
  }
}

/// Commit, then confirm needs a commit that survives a power cut: the writer fsyncs each one.
@Suite struct DurabilityTests {
  @Test func theStoreCommitsWithSynchronousFull() throws {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("full.sqlite"))
    let (synchronous, journal) = try store.database.write { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA synchronous"),
        try String.fetchOne(db, sql: "PRAGMA journal_mode")
      )
    }
    #expect(synchronous == 2)  // FULL
    #expect(journal == "wal")
  }
}
