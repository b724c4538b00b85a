import Foundation
import GRDB
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

  @Test func killedMidWayLosesNothingCommitted() throws {
    let probe = try Self.probeURL()
    let folder = try TemporaryFolder()
    let path = folder.path("killed.sqlite")
    var committed: Set<Int64> = []
    for round in 1...5 {
      let process = Process()
      process.executableURL = probe
      process.arguments = [path]
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      var received = Data()
      let target = 20 + 15 * round
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
      #expect(ids.count >= target, "round \(round): \(stderr)")
      committed.formUnion(ids)
    }
    let store = try LearnerStore(path: path)
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
}
