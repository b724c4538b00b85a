import Foundation
import GRDB
import TestSupport
import Testing

/// Four shells started at the same moment on a new file with the same new learner name: every
/// one saves its answers for that one learner and exits 0 (once 6 to 16 of 120 ran unsaved).
@Suite struct ConcurrentStartTests {
  @Test func fourShellsAtOnceShareTheNewLearner() throws {
    let program = try #require(BuiltProgram(named: "teachback"), "built by `swift build`")
    let folder = try TemporaryFolder()
    let rounds = 8
    let shells = 4
    for round in 0..<rounds {
      let store = folder.path("race-\(round).sqlite")
      let processes = try (0..<shells).map { _ in
        let process = Process()
        process.executableURL = program.url
        process.arguments = ["--store", store, "--learner", "New Person"]
        var environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path("home")]
        for kind in ["CONFIG", "STATE", "CACHE"] {
          environment["XDG_\(kind)_HOME"] = folder.path(kind.lowercased())
        }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, input)
      }
      for (_, input) in processes {
        input.fileHandleForWriting.write(Data("quiz types\nb\nstop\n".utf8))
        try input.fileHandleForWriting.close()
      }
      for (process, _) in processes { process.waitUntilExit() }
      #expect(processes.allSatisfy { $0.0.terminationStatus == 0 }, "round \(round)")
      let queue = try DatabaseQueue(path: store)
      let (learners, answers) = try queue.read { db in
        (
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner") ?? 0,
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE kind = 'answer-given'") ?? 0
        )
      }
      try queue.close()
      #expect(learners == 1, "round \(round)")
      #expect(answers == shells, "round \(round)")
    }
  }
}
