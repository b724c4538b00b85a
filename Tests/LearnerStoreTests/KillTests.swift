import Foundation
import GRDB
import TestSupport
import Testing

@testable import LearnerStore

/// Kills a process with SIGKILL while it records answers, again and again, and checks that the
/// file is intact and holds every answer the process reported as committed.
@Suite struct KillTests {
  /// `teachback-store-probe`, built by `swift build` / `swift test` next to the test bundle.
  static func probeURL() throws -> URL {
    var candidates: [URL] = []
    for start in [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL] {
      var folder = start.deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(folder.appendingPathComponent("teachback-store-probe"))
        folder.deleteLastPathComponent()
      }
    }
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/teachback-store-probe"))
    let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    return try #require(
      found, "teachback-store-probe not found; run `swift build` first. Looked in \(candidates)")
  }

  /// Runs the probe with `arguments` until it reported `target` committed answers, SIGKILLs it,
  /// and returns the event ids it reported.
  static func runAndKill(_ arguments: [String], target: Int) throws -> [Int64] {
    let process = Process()
    process.executableURL = try probeURL()
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    var received = Data()
    while received.count(where: { $0 == 0x0A }) < target {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      received.append(chunk)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    received.append(output.fileHandleForReading.readDataToEndOfFile())
    let stderr = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationReason == .uncaughtSignal, "probe ended by itself: \(stderr)")
    let lines = String(decoding: received, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let ids = lines.dropLast().compactMap { Int64($0) }  // the last piece may be cut short
    #expect(ids.count >= target, "\(arguments): \(stderr)")
    return ids
  }

  @Test(.tags(.slow)) func killedMidWayLosesNothingCommitted() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("killed.sqlite")
    var committed: Set<Int64> = []
    for round in 1...5 {
      committed.formUnion(try Self.runAndKill([path], target: 20 + 15 * round))
    }
    let store = try SQLiteLearnerStore(path: path)
    let (integrity, stored, reviews) = try store.database.read { db in
      (
        try String.fetchOne(db, sql: "PRAGMA integrity_check"),
        try Set(Int64.fetchAll(db, sql: "SELECT id FROM event WHERE kind = 'answer-given'")),
        try Int.fetchOne(db, sql: "SELECT SUM(review_count) FROM memory_state") ?? 0
      )
    }
    #expect(integrity == "ok")
    #expect(committed.count >= 175)
    #expect(committed.subtracting(stored).isEmpty)
    #expect(reviews == stored.count)
  }

  /// A teaching session killed mid-way is still open when the store is opened again: the probe's
  /// second run finds it and goes on recording into it.
  @Test(.tags(.slow)) func killedMidSessionTheSessionIsStillOpen() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("killed-session.sqlite")
    var committed: Set<Int64> = []
    for _ in 1...2 {
      committed.formUnion(try Self.runAndKill([path, "-", "teaching"], target: 20))
    }
    let store = try SQLiteLearnerStore(path: path)
    let session = try #require(try store.openTeachingSession())
    #expect(try store.teachingSessions().count == 1)
    let learner = try #require(try store.learner(named: "probe"))
    #expect(session.learnerIDs == [learner.id])
    let inSession = try store.database.read { db in
      try Set(
        Int64.fetchAll(
          db, sql: "SELECT id FROM event WHERE teaching_session_id = ?", arguments: [session.id]))
    }
    #expect(committed.count >= 40)
    #expect(committed.subtracting(inSession).isEmpty)
    #expect(
      try store.database.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
  }
}
