import Curriculum
import Foundation

/// Load and validation time of synthetic bundles of 1,000 topics / 10,000 questions and
/// 10,000 topics / 100,000 questions (four sections and about 300 words per topic, ten questions
/// of every kind per topic), generated deterministically into a temporary folder; then the same
/// for lint, which adds readability over every section.
///
/// The two bundles are loaded in turns (three small loads, then a large one, five rounds), so
/// that both see the same machine: on a shared machine a burst of other work would otherwise
/// land on one size and skew the ratio.
enum BundleBenchmark {
  static func run() throws {
    do {
      try compare()
    } catch let failure as BenchmarkFailure {
      print(failure.description)
      exit(1)
    }
  }

  private static func compare() throws {
    let small = try SyntheticFolder(topics: 1_000)
    let large = try SyntheticFolder(topics: 10_000)
    // Timed runs start once the new files are on disk and in the page cache, so that neither the
    // write-back nor the first read of them falls into a measured run.
    sync()
    try small.load()
    try large.load()

    var smallLoads = Samples()
    var largeLoads = Samples()
    for _ in 0..<5 {
      for _ in 0..<3 { try smallLoads.time(small.load) }
      try largeLoads.time(large.load)
    }
    var smallLints = Samples()
    var largeLints = Samples()
    for _ in 0..<3 { try smallLints.time(small.lint) }
    try largeLints.time(large.lint)

    for (folder, loads, lints) in [
      (small, smallLoads, smallLints), (large, largeLoads, largeLints),
    ] {
      print(
        String(
          format: "%6d topics, %7d questions (%d files, %.1f MiB): load + validation median %.1f ms"
            + " (min %.1f, processor time %.1f ms, %d runs); lint median %.1f ms (%d runs)",
          folder.topics, folder.topics * SyntheticBundle.questionsPerTopic, folder.fileCount,
          Double(folder.bytes) / Double(1 << 20), loads.median, loads.minimum,
          loads.processorMedian, loads.count, lints.median, lints.count))
    }
    print(
      String(
        format: "load ratio 10x bundle / 1x bundle: %.2fx (target: at most 12x)",
        largeLoads.median / smallLoads.median))
    print(
      String(
        format: "lint ratio 10x bundle / 1x bundle: %.2fx", largeLints.median / smallLints.median))
    print("target: load + validation of the 1,000-topic bundle at most 300 ms")
  }

  /// A synthetic bundle in a temporary folder, removed when the benchmark ends.
  private final class SyntheticFolder {
    let topics: Int
    let url: URL
    let bytes: Int
    private(set) var fileCount = 0

    init(topics: Int) throws {
      self.topics = topics
      url = FileManager.default.temporaryDirectory
        .appendingPathComponent("teachback-bundle-bench-\(getpid())-\(topics)")
      try? FileManager.default.removeItem(at: url)
      bytes = try SyntheticBundle.write(topics: topics, to: url)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func load() throws {
      let result = BundleLoader.loadWithDiagnostics(from: url)
      guard result.errors.isEmpty, let bundle = result.bundle else {
        throw BenchmarkFailure(result.errors.prefix(5).map(\.description).joined(separator: "\n"))
      }
      fileCount = result.fileCount
      precondition(bundle.questions.count == topics * SyntheticBundle.questionsPerTopic)
    }

    func lint() throws {
      let report = BundleLinter.lint(directory: url)
      guard !report.hasErrors else { throw BenchmarkFailure(report.text()) }
    }
  }

  /// Wall-clock and processor milliseconds (all threads) of timed runs; processor time says more
  /// than wall-clock time on a busy machine.
  private struct Samples {
    private var wall: [Double] = []
    private var processor: [Double] = []

    mutating func time(_ body: () throws -> Void) throws {
      let start = DispatchTime.now().uptimeNanoseconds
      let startCPU = processorMilliseconds()
      try body()
      processor.append(processorMilliseconds() - startCPU)
      wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }

    var count: Int { wall.count }
    var median: Double { wall.sorted()[wall.count / 2] }
    var minimum: Double { wall.min() ?? 0 }
    var processorMedian: Double { processor.sorted()[processor.count / 2] }
  }

  fileprivate static func processorMilliseconds() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    func milliseconds(_ time: timeval) -> Double {
      Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000
    }
    return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
  }
}

private struct BenchmarkFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) {
    self.description = "the synthetic bundle did not load:\n\(description)"
  }
}

/// A deterministic, valid bundle of realistic shape.
enum SyntheticBundle {
  static let questionsPerTopic = 10
  static let sectionsPerTopic = 4

  private static let words = """
    port skin catheter vein flush care team nurse needle chest arm blood clot fever swelling
    small soft tube medicine treatment monthly home water shower heal cut stitches bandage day
    week month call sign pain red warm bump under over through into with after before when
    keep clean dry check ask tell learn safe easy most many some often
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  /// Writes the bundle and returns its size in bytes.
  static func write(topics: Int, to folder: URL) throws -> Int {
    var random = SplitMix64(seed: UInt64(topics))
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("topics"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: folder.appendingPathComponent("questions"), withIntermediateDirectories: true)
    let ids = (0..<topics).map { "topic-\($0)" }
    var bytes = 0

    func save(_ path: String, _ text: String) throws {
      let data = Data(text.utf8)
      bytes += data.count
      try data.write(to: folder.appendingPathComponent(path))
    }

    var manifest = """
      id: synthetic
      title: A synthetic bundle
      version: 1.0.0
      language: en
      audiences: [patient, caregiver]
      disclaimer: This teaches. It does not replace your care team.
      sources:
        - id: cleveland-clinic-2021
          title: Implanted Port
          publisher: Cleveland Clinic
          url: https://my.clevelandclinic.org/health/treatments/22144-implanted-port
          reviewed: 2021-08-25
      warning-signs:
        - id: fever
          tier: urgent
          label: Fever
          question: Do you have a fever?
      emergency-advice: Call your care team.
      care-team-placeholder: See your papers.
      paths:
        - id: everything
          title: Everything
          audience: patient
          summary: All topics.
          topics: [\(ids.joined(separator: ", "))]
      topics:

      """
    manifest += ids.map { "  - \($0)\n" }.joined()
    try save("bundle.yaml", manifest)

    func sentence() -> String {
      let count = 6 + Int(random.next() % 8)
      let text = (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }
        .joined(separator: " ")
      return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    for (index, id) in ids.enumerated() {
      var topic = """
        ---
        id: \(id)
        title: Topic number \(index)
        summary: >-
          \(sentence()) \(sentence())
        audiences: [patient, caregiver]
        keywords: [port, care, topic \(index)]
        related: [\(ids[(index + 1) % ids.count])]
        sources: [cleveland-clinic-2021]
        ---
        \(sentence()) \(sentence())

        """
      for section in 0..<sectionsPerTopic {
        topic += "## Part \(section) of the topic {#part-\(section)}\n\n"
        for _ in 0..<2 {
          topic += (0..<2).map { _ in sentence() }.joined(separator: " ") + "\n"
          topic += (0..<2).map { _ in sentence() }.joined(separator: " ") + "\n\n"
        }
        topic += "- \(sentence())\n- \(sentence())\n\n"
      }
      try save("topics/\(id).md", topic)

      var questions = "topic: \(id)\nquestions:\n"
      for number in 0..<questionsPerTopic {
        let section = "part-\(number % sectionsPerTopic)"
        let common = """
              section: \(section)
              prompt: \(sentence())
              explanation: \(sentence())
              reexplain: >-
                \(sentence()) \(sentence())

          """
        questions += "  - id: \(id)-q\(number)\n"
        switch number % 5 {
        case 0:
          questions +=
            "    kind: single\n" + common
            + "    choices:\n      - \(sentence())\n      - \(sentence())\n      - \(sentence())\n"
            + "    answer: b\n    hint: \(sentence())\n"
        case 1:
          questions +=
            "    kind: multiple\n" + common
            + "    choices: [\(words[number]), \(words[number + 1]), \(words[number + 2])]\n"
            + "    answer: [a, c]\n"
        case 2:
          questions += "    kind: true-false\n" + common + "    answer: true\n"
          if index == 0 { questions += "    red-flag: true\n    signs: [fever]\n" }
        case 3:
          questions +=
            "    kind: order\n" + common
            + "    choices:\n      - Wash your hands\n      - Clean the skin\n      - Flush\n"
            + "    answer: [a, b, c]\n"
        default:
          questions +=
            "    kind: short\n" + common
            + "    answer: [flush, flushing]\n    synonyms: [rinse]\n"
        }
        questions += "\n"
      }
      try save("questions/\(id).yaml", questions)
    }
    return bytes
  }
}

/// A small, fast, seedable generator so the synthetic bundle is the same on every run.
private struct SplitMix64 {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
