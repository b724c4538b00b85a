import Curriculum
import Foundation
import LearnerStore
import Learning

/// `teachback-bench store`: (1) the time to record one answer durably (its own transaction, WAL),
/// median over 1,000 answers, with `synchronous = NORMAL` (the old default: a kill loses nothing,
/// a power cut may) and `FULL` (the store's default since answers are confirmed only once
/// committed: an fsync per answer); (2) the time to compute `progress`
/// (per-topic sections read + mastery) for one learner in a store of 1,000,000 answer events
/// across 1,000 learners. The big store is generated once and cached under /tmp.
enum StoreBenchmark {
  static let learnerCount = 1_000
  static let answersPerLearner = 1_000
  static let cachedStore = "/tmp/teachback-bench-store-v1.sqlite"

  static func run() throws {
    try recordLatency(.normal)
    try recordLatency(.full)
    try progressTime()
  }

  // MARK: - Recording

  static func recordLatency(_ durability: SQLiteLearnerStore.Durability) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteLearnerStore(
      path: folder.appendingPathComponent("progress.sqlite").path, durability: durability)
    let learner = try store.addLearner(name: "Bench", role: .patient, pathID: nil)
    let bundle = syntheticBundle()
    let context = RecordingContext(
      learnerID: learner.id, bundleID: bundle.manifest.id, bundleVersion: "1")
    var times: [Double] = []
    for index in 0..<1_000 {
      let answer = attempt(
        bundle.questions[index % bundle.questions.count], index: index, at: Date())
      let elapsed = ContinuousClock().measure {
        _ = try? store.recordAnswer(answer, in: context)
      }
      times.append(milliseconds(elapsed))
    }
    print(
      "record one answer (own transaction, WAL, synchronous=\(durability.rawValue.uppercased())): "
        + "median \(format(median(times))) ms, p90 \(format(percentile(times, 0.9))) ms "
        + "over \(times.count) answers (target ≤ 2 ms)")
  }

  // MARK: - Progress

  static func progressTime() throws {
    let bundle = syntheticBundle()
    if !FileManager.default.fileExists(atPath: cachedStore) {
      let started = ContinuousClock.now
      try build(bundle)
      print(
        "built \(cachedStore) in \(format(milliseconds(ContinuousClock.now - started) / 1000)) s")
    }
    let store = try SQLiteLearnerStore(path: cachedStore)
    let learners = try store.learners()
    var times: [Double] = []
    var generator = SeededGenerator(seed: 3)
    var topicsSeen = 0
    for _ in 0..<100 {
      let learner = learners.randomElement(using: &generator)!
      let elapsed = try ContinuousClock().measure {
        topicsSeen += try store.progress(learnerID: learner.id, bundle: bundle).topics.count
      }
      times.append(milliseconds(elapsed))
    }
    print(
      "progress for one learner (\(bundle.topics.count) topics, "
        + "\(bundle.questions.count) questions) "
        + "in a store of \(learners.count) learners × \(answersPerLearner) answers: "
        + "median \(format(median(times))) ms, p90 \(format(percentile(times, 0.9))) ms "
        + "over \(times.count) learners (target ≤ 50 ms)")
  }

  /// Writes the big store to a temporary name, then renames it into place.
  static func build(_ bundle: ContentBundle) throws {
    let building = cachedStore + ".building-\(getpid())"
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: building + suffix)
      }
    }
    var generator = SeededGenerator(seed: 1)
    do {
      let store = try SQLiteLearnerStore(path: building)
      let start = Date(timeIntervalSince1970: 1_780_000_000)
      for number in 0..<learnerCount {
        let learner = try store.addLearner(name: "Learner \(number)", role: .caregiver, pathID: nil)
        let context = RecordingContext(
          learnerID: learner.id, bundleID: bundle.manifest.id, bundleVersion: "1")
        let sections = bundle.topics.flatMap { topic in
          topic.sections.map { SectionKey(topicID: topic.id, sectionID: $0.id) }
        }
        for section in sections.shuffled(using: &generator).prefix(20) {
          try store.recordSectionRead(section, in: context, at: start)
        }
        let answers = (0..<answersPerLearner).map { index in
          attempt(
            bundle.questions.randomElement(using: &generator)!, index: index,
            at: start.addingTimeInterval(Double(index) * 3_600))
        }
        try store.recordAnswers(answers, in: context)
      }
      try store.close()
    }
    try FileManager.default.moveItem(atPath: building, toPath: cachedStore)
  }

  // MARK: - Data

  static func attempt(_ question: Question, index: Int, at date: Date) -> Attempt {
    let right = index % 4 != 0
    return Attempt(
      questionID: question.id, topicID: question.topicID, sectionID: question.sectionID,
      response: right ? "a" : "b", isCorrect: right, tryNumber: 1, usedHint: false,
      isRedFlag: question.isRedFlag, secondsTaken: 12, rating: right ? .good : .again,
      answeredAt: date)
  }

  /// 10 topics × 5 sections × 2 questions.
  static func syntheticBundle() -> ContentBundle {
    let topics = (0..<10).map { t in
      Topic(
        id: "topic-\(t)", title: "Topic \(t)", summary: "", audiences: [], keywords: [],
        related: [], introduction: nil,
        sections: (0..<5).map {
          Section(id: "s\($0)", title: "Section \($0)", markdown: "Text.", line: 1)
        },
        file: "topics/topic-\(t).md")
    }
    let questions = topics.flatMap { topic in
      topic.sections.flatMap { section in
        (0..<2).map { n in
          Question(
            id: "\(topic.id)-\(section.id)-\(n)", topicID: topic.id, sectionID: section.id,
            kind: .singleChoice, prompt: "?", choices: ["a", "b"], answer: .choice(0),
            explanation: "", reexplanation: "", hint: nil, isRedFlag: n == 1 && section.id == "s4",
            file: "quiz.yaml", line: 1)
        }
      }
    }
    let manifest = Manifest(
      id: "bench", title: "Bench", version: "1", language: .english, audiences: [], sources: [],
      disclaimer: "", topicOrder: topics.map(\.id), paths: [], warningSigns: [],
      emergencyAdvice: "", careTeamPlaceholder: "", synonyms: [], readingGradeTarget: 8)
    return ContentBundle(manifest: manifest, topics: topics, questions: questions)
  }

  // MARK: - Figures

  static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
  }

  static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
  }

  static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
