import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

@Suite struct ConcurrencyTests {
  /// Two shells on one file: two store instances writing from two threads at once.
  @Test func twoStoresOnOneFileBothRecordEverything() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("shared.sqlite")
    let first = try SQLiteLearnerStore(path: path)
    let second = try SQLiteLearnerStore(path: path)
    let ana = try first.addLearner(name: "Ana", role: .patient, pathID: nil)
    let perThread = 150
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 2) { thread in
      let store = thread == 0 ? first : second
      for index in 0..<perThread {
        do {
          try store.recordAnswer(
            Attempt(
              questionID: "q\(index % 5)", topicID: "care", sectionID: "flushing",
              response: "t\(thread)", isCorrect: true, tryNumber: 1, usedHint: false,
              isRedFlag: false, secondsTaken: 3, rating: .good, answeredAt: Date()),
            in: RecordingContext(learnerID: ana.id, bundleID: "b", bundleVersion: "1"))
          if index % 10 == 0 {
            try store.recordSectionRead(
              SectionKey(topicID: "care", sectionID: "s\(thread)-\(index)"),
              in: RecordingContext(learnerID: ana.id, bundleID: "b", bundleVersion: "1"))
          }
        } catch {
          failures.append("\(error)")
        }
      }
    }
    #expect(failures.all == [])
    let counts = try first.database.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE kind = 'answer-given'"),
        try Int.fetchOne(db, sql: "SELECT SUM(review_count) FROM memory_state")
      )
    }
    #expect(counts.0 == 2 * perThread)
    #expect(counts.1 == 2 * perThread)
    #expect(try second.sectionsRead(learnerID: ana.id, bundleID: "b").count == 2 * perThread / 10)
  }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []

  func append(_ failure: String) { lock.withLock { list.append(failure) } }
  var all: [String] { lock.withLock { list } }
}

/// Shells started at the same moment with the same new learner name all end up with that one
/// learner (found or added in one transaction), never "there is already a learner named …".
@Suite struct LearnerRaceTests {
  @Test func manyStoresAddingOneNameShareOneLearner() throws {
    for round in 0..<5 {
      let folder = try TemporaryFolder()
      let path = folder.path("race-\(round).sqlite")
      let ids = Failures()
      DispatchQueue.concurrentPerform(iterations: 6) { _ in
        do {
          let store = try SQLiteLearnerStore(path: path)
          let (learner, _) = try store.learner(named: "Sam", addingAs: .patient, pathID: nil)
          ids.append("\(learner.id)")
          try store.close()
        } catch {
          ids.append("error: \(error)")
        }
      }
      #expect(Set(ids.all).count == 1, "\(ids.all)")
      #expect(!ids.all.contains { $0.hasPrefix("error") })
      #expect(try SQLiteLearnerStore(path: path).learners().count == 1)
    }
  }
}
