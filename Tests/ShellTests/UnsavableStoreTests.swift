import Foundation
import GRDB
import LearnerStore
import Learning
import TestSupport
import Testing

/// The real `teachback` on a store it cannot save to, of every kind: it still teaches, says at
/// every answer that the answer was not saved (each time, not only the first), and exits 1.
@Suite(.serialized) struct UnsavableStoreTests {
  /// A short scripted quiz: three answers, then `stop`.
  static let script = "quiz types\nb\nb\ntrue\nstop\n"

  private func teachback() throws -> BuiltProgram {
    try #require(BuiltProgram(named: "teachback"), "teachback is built by `swift build`")
  }

  /// What a run said about its answers.
  struct Tally {
    var verdicts = 0
    var notSaved = 0

    init(_ output: String) {
      for line in output.split(separator: "\n") {
        if line.hasPrefix("✓ ") || line.hasPrefix("✗ ") { verdicts += 1 }
        for note in ["This answer could not be saved", "This answer was not saved", "(Not saved.)"]
        where line.contains(note) {
          notSaved += 1
        }
      }
    }
  }

  /// Runs the quiz script on `store` and checks that every answer was said to be unsaved
  /// (except `saved` of them) and that the run exited 1.
  private func expectEveryAnswerSaidUnsaved(
    store: String, in folder: TemporaryFolder, saved: () throws -> Int = { 0 },
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let run = try teachback().run(
      ["--store", store], in: folder, input: Self.script)
    let tally = Tally(run.output + run.errors)
    #expect(run.status == 1, "\(run.output)\(run.errors)", sourceLocation: sourceLocation)
    #expect(tally.verdicts == 3, "\(run.output)", sourceLocation: sourceLocation)
    #expect(
      tally.notSaved == tally.verdicts - (try saved()), "\(run.output)\(run.errors)",
      sourceLocation: sourceLocation)
  }

  @Test func garbage() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("g.sqlite")
    var generator = SeededGenerator(seed: 20_000)
    try Data((0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
      .write(to: URL(fileURLWithPath: path))
    try expectEveryAnswerSaidUnsaved(store: path, in: folder)
  }

  /// A `--store` in a folder that does not exist (a typo, most often) is said plainly; no
  /// folder is made where the person did not mean one.
  @Test func aStoreInAFolderThatDoesNotExist() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("Dcuments/progress.sqlite")
    try expectEveryAnswerSaidUnsaved(store: path, in: folder)
    let run = try teachback().run(["--store", path, "topics"], in: folder)
    let said = run.errors.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(said.contains("Dcuments does not exist"), "\(run.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.path("Dcuments")))
  }

  /// The one-shot `teachback quiz` too: every answer said unsaved (on standard error), exit 1.
  @Test func garbageInAOneShotQuiz() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("g.sqlite")
    try Data(repeating: 0x47, count: 5_000).write(to: URL(fileURLWithPath: path))
    let run = try teachback().run(
      ["quiz", "types", "--store", path], in: folder, input: "b\nb\ntrue\nstop\n")
    #expect(run.status == 1, "\(run.output)\(run.errors)")
    let tally = Tally(run.output + run.errors)
    #expect(tally.verdicts == 3 && tally.notSaved == 3, "\(run.output)\(run.errors)")
  }

  @Test func namedPipe() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("f")
    #expect(mkfifo(path, 0o600) == 0)
    try expectEveryAnswerSaidUnsaved(store: path, in: folder)
  }

  /// `mkfifo f; teachback --store f topics` ends at once, saying what is wrong.
  @Test func aOneShotCommandOnANamedPipeDoesNotWait() throws {
    let folder = try TemporaryFolder()
    #expect(mkfifo(folder.path("f"), 0o600) == 0)
    let run = try teachback().run(["--store", "f", "topics"], in: folder)
    #expect(run.status == 1)
    #expect(run.errors.contains("f is a named pipe (FIFO)"))
    #expect(run.output.contains("The parts of a port"))
  }

  @Test func aLearnerNameTooLong() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(
      ["--store", folder.path("p.sqlite"), "--learner", String(repeating: "a", count: 101)],
      in: folder, input: Self.script)
    #expect(run.status == 1)
    #expect(Tally(run.output).notSaved == 3)
  }

  @Test(.tags(.slow)) func heldLock() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("locked.sqlite")
    try SQLiteLearnerStore(path: path).close()
    // Another program holds the write lock for the whole run (longer than the busy timeout).
    let holder = try DatabaseQueue(path: path)
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? holder.write { db in
        try db.execute(sql: "CREATE TABLE hold (x)")
        holding.signal()
        release.wait()
      }
      holding.signal()
    }
    holding.wait()
    defer {
      release.signal()
      holding.wait()
    }
    try expectEveryAnswerSaidUnsaved(store: path, in: folder)
  }

  @Test func damagedPages() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("damaged.sqlite")
    try Self.makeStoreWithDamagedEvents(path)
    try expectEveryAnswerSaidUnsaved(store: path, in: folder)
  }

  /// Text where a number belongs (once a SIGILL that printed the whole row): the store is
  /// damaged, the shell says so without the learner's name, nothing is saved, and it exits 1
  /// (not a signal).
  @Test(arguments: [
    ("learner", "created_at"), ("memory_state", "stability"), ("event", "at"),
  ])
  func typedGarbage(table: String, column: String) throws {
    let folder = try TemporaryFolder()
    let path = folder.path("tampered.sqlite")
    do {
      let store = try SQLiteLearnerStore(path: path)
      let learner = try store.addLearner(name: "Sam Secretname", role: .patient, pathID: nil)
      try store.recordAnswer(
        Attempt(
          questionID: "types-common", topicID: "types", sectionID: "single-lumen",
          response: "b", isCorrect: true, tryNumber: 1, usedHint: false, isRedFlag: false,
          secondsTaken: 3, rating: .good, answeredAt: Date()),
        in: RecordingContext(learnerID: learner.id, bundleID: "implanted-port", bundleVersion: "1"))
      try store.recordSectionRead(
        SectionKey(topicID: "types", sectionID: "single-lumen"),
        in: RecordingContext(learnerID: learner.id, bundleID: "implanted-port", bundleVersion: "1"))
      try store.close()
      let queue = try DatabaseQueue(path: path)
      try queue.write { try $0.execute(sql: "UPDATE \(table) SET \(column) = 'x'") }
      try queue.close()
    }
    let run = try teachback().run(
      ["--store", path, "--width", "1000"], in: folder,
      input: "progress\nhistory\n" + Self.script)
    #expect(run.status == 1, "\(run.output)\(run.errors)")
    #expect(
      (run.output + run.errors).contains("is damaged (the \(column) column of the \(table) table"),
      "\(run.output)\(run.errors)")
    // The learner's name is shown where it belongs ("Progress for …"), never in a complaint.
    let complaints = (run.output + run.errors).split(separator: "\n").filter {
      $0.contains("damaged") || $0.contains("not saved")
    }
    #expect(!complaints.isEmpty && !complaints.contains { $0.contains("Secretname") })
    #expect(run.status == 1)
  }

  /// A read-only folder (a read-only mount when running as root, who may write anywhere else).
  @Test func readOnlyFolder() throws {
    let folder = try TemporaryFolder()
    let mount = folder.path("ro")
    try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
    if getuid() == 0 {
      guard system("mount -t tmpfs -o size=1M tmpfs '\(mount)' 2>/dev/null") == 0 else { return }
      defer { _ = system("umount '\(mount)'") }
      try SQLiteLearnerStore(path: mount + "/p.sqlite").close()
      #expect(system("mount -o remount,ro '\(mount)'") == 0)
      try expectEveryAnswerSaidUnsaved(store: mount + "/p.sqlite", in: folder)
      try expectEveryAnswerSaidUnsaved(store: mount + "/new.sqlite", in: folder)
    } else {
      chmod(mount, 0o500)
      defer { chmod(mount, 0o700) }
      try expectEveryAnswerSaidUnsaved(store: mount + "/new.sqlite", in: folder)
    }
  }

  /// A full disk: a 1 MiB tmpfs filled but for a few pages, so some answers may still fit;
  /// every one that does not is said. Only where the test may mount one (as root).
  @Test func fullDisk() throws {
    let folder = try TemporaryFolder()
    let mount = folder.path("full")
    try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
    guard getuid() == 0, system("mount -t tmpfs -o size=1M tmpfs '\(mount)' 2>/dev/null") == 0
    else { return }
    defer { _ = system("umount '\(mount)'") }
    let path = mount + "/p.sqlite"
    try SQLiteLearnerStore(path: path).close()
    // Fill the disk, then free 48 KiB: room for the shared-memory index and a frame or two.
    _ = system("dd if=/dev/zero of='\(mount)/fill' bs=4k 2>/dev/null")
    _ = system("truncate -s -49152 '\(mount)/fill'")
    try expectEveryAnswerSaidUnsaved(
      store: path, in: folder,
      saved: {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read {
          try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event WHERE kind = 'answer-given'") ?? 0
        }
      })
  }

  /// A closed store with a learner and many answers, its event table's root page overwritten.
  static func makeStoreWithDamagedEvents(_ path: String) throws {
    let store = try SQLiteLearnerStore(path: path)
    let learner = try store.addLearner(name: "me", role: .patient, pathID: nil)
    try store.recordAnswers(
      (0..<300).map { index in
        Attempt(
          questionID: "q\(index % 9)", topicID: "care", sectionID: "flushing",
          response: String(repeating: "r", count: 300), isCorrect: true, tryNumber: 1,
          usedHint: false, isRedFlag: false, secondsTaken: 3, rating: .good,
          answeredAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)))
      }, in: RecordingContext(learnerID: learner.id, bundleID: "other", bundleVersion: "1"))
    try store.close()
    let queue = try DatabaseQueue(path: path)
    let (root, pageSize) = try queue.writeWithoutTransaction { db in
      try db.checkpoint(.truncate)
      return (
        try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'event'")
          ?? 0,
        try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
      )
    }
    try queue.close()
    let handle = try #require(FileHandle(forUpdatingAtPath: path))
    try handle.seek(toOffset: UInt64((root - 1) * pageSize))
    try handle.write(contentsOf: Data(repeating: 0xA5, count: pageSize))
    try handle.close()
  }
}

/// A refused store's path reaches the terminal without its control or text-direction
/// characters (the refusal echoes the path).
@Suite struct StorePathNeutralisingTests {
  @Test func aHostilePathInARefusalIsNeutralised() throws {
    let program = try #require(BuiltProgram(named: "teachback"), "built by `swift build`")
    let folder = try TemporaryFolder()
    let name = "evil\u{1B}[2J\u{7}\u{202E}pipe"
    #expect(mkfifo(folder.path(name), 0o600) == 0)
    let run = try program.run(
      ["--store", name], in: folder, input: UnsavableStoreTests.script)
    #expect(run.status == 1)
    let everything = run.output + run.errors
    #expect(everything.contains("named pipe (FIFO)"))
    #expect(!everything.contains("\u{1B}") && !everything.contains("\u{7}"))
    #expect(!everything.unicodeScalars.contains("\u{202E}"))
  }
}
