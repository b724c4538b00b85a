import Foundation
import GRDB
import Learning
import TestSupport
import Testing

/// Commit, then confirm, checked from outside: the real `teachback` runs a long scripted quiz
/// and is SIGKILLed at a random moment (0–200 ms after its first question), 200 times; every answer it showed a verdict for must be
/// in the store, and the file must be intact. Set `TEACHBACK_KILL_SEED` to replay a failure with
/// the seed the test prints.
@Suite(.tags(.slow)) struct ShellKillTests {
  static let lanes = 8
  static let runsPerLane = 25
  /// Ten quizzes of up to 12 answers each, more than any run gets through before it is killed.
  static let script =
    String(repeating: "quiz types\n" + String(repeating: "b\n", count: 12), count: 10) + "quit\n"

  /// What one lane found: verdicts shown, answers stored, integrity, and how many runs.
  struct Lane: Sendable {
    var shown = 0
    var stored = 0
    var integrity = ""
    var runs = 0
    var failure: String?
  }

  @Test func everyVerdictShownIsInTheStore() throws {
    let program = try #require(BuiltProgram(named: "teachback"), "built by `swift build`")
    let seed =
      ProcessInfo.processInfo.environment["TEACHBACK_KILL_SEED"].flatMap { UInt64($0) }
      ?? UInt64.random(in: 1...999_999)
    print("ShellKillTests seed: \(seed) (replay with TEACHBACK_KILL_SEED=\(seed))")
    let folder = try TemporaryFolder()
    let root = folder.url
    let programURL = program.url
    let results = LaneResults(count: Self.lanes)
    // Lanes run side by side on threads of their own: each run mostly waits for the disk.
    let threads = (0..<Self.lanes).map { lane in
      Thread {
        results.set(lane, Self.runLane(lane, seed: seed, program: programURL, folder: root))
      }
    }
    threads.forEach { $0.start() }
    results.waitForAll()
    var shown = 0
    for (index, lane) in results.all.enumerated() {
      #expect(lane.failure == nil, "seed \(seed), lane \(index): \(lane.failure ?? "")")
      #expect(lane.integrity == "ok", "seed \(seed), lane \(index)")
      // Each kill may fall between a commit and its verdict: at most one unshown answer a run.
      #expect(
        lane.stored >= lane.shown, "seed \(seed), lane \(index): a verdict shown was not stored")
      #expect(lane.stored <= lane.shown + lane.runs, "seed \(seed), lane \(index)")
      shown += lane.shown
    }
    #expect(shown >= 100, "seed \(seed): the runs were killed before they answered anything")
  }

  /// Runs one lane's kills against its own store, then reads the store.
  static func runLane(_ lane: Int, seed: UInt64, program: URL, folder: URL) -> Lane {
    var result = Lane()
    var generator = SeededGenerator(seed: seed &+ UInt64(lane) &* 0x9E37_79B9)
    let store = folder.appendingPathComponent("lane-\(lane).sqlite").path
    do {
      for _ in 0..<runsPerLane {
        let delay = UInt32.random(in: 0...200_000, using: &generator)
        result.shown += try runAndKill(program, store: store, folder: folder, after: delay)
        result.runs += 1
      }
      var configuration = Configuration()
      configuration.readonly = true
      let queue = try DatabaseQueue(path: store, configuration: configuration)
      defer { try? queue.close() }
      try queue.read { db in
        result.integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? ""
        result.stored =
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE kind = 'answer-given'") ?? 0
      }
    } catch {
      result.failure = "\(error)"
    }
    return result
  }

  /// Starts the shell on the script, SIGKILLs it after `delay` microseconds, and returns how
  /// many verdicts it had written.
  static func runAndKill(
    _ program: URL, store: String, folder: URL, after delay: UInt32
  ) throws -> Int {
    let process = Process()
    process.executableURL = program
    process.arguments = ["--store", store]
    var environment = ["PATH": "/usr/bin:/bin", "HOME": folder.appendingPathComponent("home").path]
    for kind in ["DATA", "CONFIG", "STATE", "CACHE"] {
      environment["XDG_\(kind)_HOME"] = folder.appendingPathComponent(kind.lowercased()).path
    }
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(script.utf8))
    try input.fileHandleForWriting.close()
    // The random moment is counted from the first question, so a slow start (a busy machine)
    // does not leave every run killed before it answers.
    var written = Data()
    while !written.contains(Data("Question 1 of".utf8)) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      written.append(chunk)
    }
    usleep(delay)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    // What it wrote before it died is in the pipe (a full pipe only made it wait).
    written.append(output.fileHandleForReading.readDataToEndOfFile())
    return String(decoding: written, as: UTF8.self).split(separator: "\n").count {
      $0.hasPrefix("✓ ") || $0.hasPrefix("✗ ")
    }
  }
}

/// The lanes' results, filled in from their threads.
private final class LaneResults: @unchecked Sendable {
  private let lock = NSCondition()
  private var lanes: [ShellKillTests.Lane?]

  init(count: Int) { lanes = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ lane: ShellKillTests.Lane) {
    lock.withLock {
      lanes[index] = lane
      lock.broadcast()
    }
  }

  func waitForAll() {
    lock.lock()
    while lanes.contains(where: { $0 == nil }) { lock.wait() }
    lock.unlock()
  }

  var all: [ShellKillTests.Lane] { lock.withLock { lanes.compactMap { $0 } } }
}
