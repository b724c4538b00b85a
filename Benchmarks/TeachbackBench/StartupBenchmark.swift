import BuiltInContent
import Curriculum
import Foundation
import LearnerStore
import Learning
import Shell

/// Time from process start to the first prompt: the release `teachback` binary (the one beside
/// this program, or the one named: `teachback-bench startup /usr/local/bin/teachback`) is started
/// on a pseudo-terminal (so it runs readline, as a learner would), with the built-in bundle, and
/// timed until `teachback> ` appears — after it has resumed the learner used last and shown the
/// welcome-back summary. Twice: on a store with one learner and nothing done yet, and on one of
/// 1,000 learners and 1,000,000 events (built once, kept in the temporary folder); and the
/// first again with `LANG=es_US.UTF-8`, so the Spanish start-up is timed beside the English
/// (the same as English until the program is built with the Spanish bundle).
enum StartupBenchmark {
  static let learnerCount = 1_000
  static let eventsPerLearner = 1_000
  static let bigStore = FileManager.default.temporaryDirectory
    .appendingPathComponent("teachback-startup-1000x1000-v1.sqlite").path

  static func run() throws {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("teachback").path
    let binary = CommandLine.arguments.dropFirst(2).first ?? beside
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("No teachback binary at \(binary). Run `swift build -c release` first.")
      exit(1)
    }
    print("binary: \(binary)")
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-startup-\(getpid())")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let environment = [
      "HOME=\(home.path)", "XDG_DATA_HOME=\(home.path)/data", "XDG_STATE_HOME=\(home.path)/state",
      "XDG_CONFIG_HOME=\(home.path)/config", "TERM=xterm-256color", "PATH=/usr/bin:/bin",
    ]

    let bundle = try BuiltInBundle.load()
    let emptyStore = home.appendingPathComponent("one-learner.sqlite").path
    let empty = try SQLiteLearnerStore(path: emptyStore)
    _ = try empty.learner(named: "Ana", addingAs: .patient, pathID: nil)
    try empty.close()
    if !FileManager.default.fileExists(atPath: bigStore) {
      print("building \(learnerCount) learners × \(eventsPerLearner) events (once) …")
      try build(bundle)
    }

    // The two stores take turns, run by run, so that a machine getting busier or quieter
    // during the benchmark weighs on both alike.
    let scenarios = [
      ("one learner, no events", emptyStore, [String]()),
      ("\(learnerCount) learners, \(learnerCount * eventsPerLearner) events", bigStore, []),
      ("one learner, no events, LANG=es_US.UTF-8", emptyStore, ["LANG=es_US.UTF-8"]),
    ]
    var samples: [[Double]] = scenarios.map { _ in [] }
    for round in -1..<60 {
      for (index, scenario) in scenarios.enumerated() {
        let elapsed = try timeToPrompt(
          binary: binary, arguments: ["--color", "never", "--store", scenario.1],
          environment: environment + scenario.2)
        if round >= 0 { samples[index].append(elapsed) }  // round -1 warms up (and migrates)
      }
    }
    var medians: [Double] = []
    for (index, scenario) in scenarios.enumerated() {
      let sorted = samples[index].sorted()
      medians.append(sorted[sorted.count / 2])
      print(
        String(
          format: "startup to first prompt, %@: median %.1f ms (min %.1f, max %.1f, %d runs)",
          scenario.0, medians[index], sorted.first!, sorted.last!, sorted.count))
    }
    print(
      String(
        format: "difference: %.1f ms (target: at most 5 ms; at most 12 ms median overall)",
        medians[1] - medians[0]))
    print(
      String(
        format: "Spanish − English: %.1f ms (target: at most 1 ms; built-in languages: %@)",
        medians[2] - medians[0],
        BuiltInBundle.languages.map(\.rawValue).joined(separator: ", ")))
    let store = try SQLiteLearnerStore(path: bigStore)
    if let learner = try store.lastUsedLearner() {
      print("query plans on the big store:")
      for plan in try store.startupQueryPlans(learnerID: learner.id, bundleID: bundle.manifest.id) {
        print("  " + plan)
      }
    }
    try store.close()
    try printPhases(stores: [("one learner", emptyStore), ("big", bigStore)])
  }

  /// The big store: each learner reads 20 sections and gives 980 answers over 60 days, so some
  /// reviews are due; the learner in the middle of the list was used last.
  private static func build(_ bundle: ContentBundle) throws {
    let building = bigStore + ".building-\(getpid())"
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: building + suffix)
      }
    }
    var generator = SeededGenerator(seed: 7)
    let now = Date()
    let start = now.addingTimeInterval(-60 * 86_400)
    let sections = bundle.topics.flatMap { topic in
      topic.sections.map { SectionKey(topicID: topic.id, sectionID: $0.id) }
    }
    do {
      let store = try SQLiteLearnerStore(path: building, durability: .normal)
      for number in 0..<learnerCount {
        let learner = try store.addLearner(
          name: "Learner \(number)", role: .caregiver, pathID: "home-care")
        let context = RecordingContext(learnerID: learner.id, manifest: bundle.manifest)
        for (index, section) in sections.shuffled(using: &generator).prefix(20).enumerated() {
          try store.recordSectionRead(
            section, in: context, at: start.addingTimeInterval(Double(index) * 600))
        }
        let answers = (0..<(eventsPerLearner - 20)).map { index in
          StoreBenchmark.attempt(
            bundle.questions.randomElement(using: &generator)!, index: index,
            at: start.addingTimeInterval(Double(index) * 5_000))
        }
        try store.recordAnswers(answers, in: context)
        try store.markUsed(
          learnerID: learner.id,
          at: number == learnerCount / 2 ? now : start.addingTimeInterval(Double(number)))
      }
      try store.close()
    }
    try FileManager.default.moveItem(atPath: building, toPath: bigStore)
  }

  /// The same work in this process, phase by phase, to show where start-up time goes: for each
  /// store, opening it and the welcome-back queries (the learner to resume, what is due, what
  /// was read, where they stopped).
  private static func printPhases(stores: [(label: String, path: String)]) throws {
    func median(_ work: () throws -> Void) rethrows -> Double {
      var samples: [Double] = []
      for _ in 0..<20 {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
      }
      return samples.sorted()[samples.count / 2]
    }
    let bundle = try BuiltInBundle.load()
    var phases = "in-process phases: built-in bundle"
    for language in BuiltInBundle.languages {
      phases += String(
        format: " %@ %.2f ms", language.rawValue,
        try median { _ = try BuiltInBundle.load(language: language) })
    }
    for (label, path) in stores {
      let open = try median { _ = try SQLiteLearnerStore(path: path) }
      let store = try SQLiteLearnerStore(path: path)
      let summary = try median {
        guard let learner = try store.lastUsedLearner() else { return }
        let memory = try store.memory(learnerID: learner.id, bundleID: bundle.manifest.id)
        _ = memory.dueReviews(in: bundle, now: Date())
        _ = try store.sectionsRead(learnerID: learner.id, bundleID: bundle.manifest.id)
        _ = try store.lastSectionRead(learnerID: learner.id, bundleID: bundle.manifest.id)
      }
      try store.close()
      phases += String(
        format: "; %@ store: open %.1f ms, welcome-back queries %.2f ms", label, open, summary)
    }
    let folder = URL(fileURLWithPath: "content/implanted-port")
    if FileManager.default.fileExists(atPath: folder.appendingPathComponent("bundle.yaml").path) {
      let load = try median { _ = try BundleLoader.load(from: folder) }
      phases += String(format: " (reading and validating %@: %.1f ms)", folder.relativePath, load)
    }
    print(phases)
  }

  /// Starts `binary` on a new pseudo-terminal and returns the milliseconds until its prompt.
  private static func timeToPrompt(binary: String, arguments: [String], environment: [String])
    throws -> Double
  {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    // Linux's TIOCSPTLCK and TIOCGPTN (unlockpt and ptsname, which Glibc's module hides).
    guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0,
      ioctl(master, 0x8004_5430, &number) == 0
    else { throw BenchmarkError("could not open a pseudo-terminal") }
    defer { close(master) }
    let name = "/dev/pts/\(number)"
    var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slave = open(name, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw BenchmarkError("could not open \(name)") }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, target) }
    posix_spawn_file_actions_addclose(&actions, master)

    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else {
      throw BenchmarkError("could not start \(binary)")
    }
    close(slave)

    var seen = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    let prompt = Array("teachback> ".utf8)
    let deadline = start + 5_000_000_000
    while !seen.contains(prompt) && DispatchTime.now().uptimeNanoseconds < deadline {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 100) > 0 else { continue }
      let count = read(master, &buffer, buffer.count)
      if count <= 0 { break }
      seen += buffer[0..<count]
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    kill(pid, SIGTERM)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard seen.contains(prompt) else {
      throw BenchmarkError(
        "no prompt; the program printed:\n" + String(decoding: seen, as: UTF8.self))
    }
    return elapsed
  }
}

struct BenchmarkError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension Array where Element == UInt8 {
  fileprivate func contains(_ needle: [UInt8]) -> Bool {
    guard needle.count <= count else { return false }
    return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
  }
}
