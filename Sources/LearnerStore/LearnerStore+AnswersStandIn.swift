// CONTRACT STAND-IN until the real store lands: kept in memory only.
import Foundation
import Learning

nonisolated(unsafe) private var standInMemory: [Int64: LearnerMemory] = [:]
nonisolated(unsafe) private var standInPaths: [Int64: String?] = [:]
nonisolated(unsafe) private var standInEvents: [Int64: [LearnerEvent]] = [:]

/// One thing a learner did, for `history`.
public struct LearnerEvent: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case topicOpened(topicID: String)
    case sectionRead(SectionKey)
    case answered(questionID: String, correct: Bool)
  }
  public var kind: Kind
  public var at: Date
}

extension LearnerStore {
  public func recordAnswer(
    _ attempt: Attempt, learnerID: Int64, bundleID: String, bundleVersion: String
  ) throws {
    standInMemory[learnerID, default: LearnerMemory()].record(attempt)
    standInEvents[learnerID, default: []].append(
      LearnerEvent(kind: .answered(questionID: attempt.questionID, correct: attempt.isCorrect), at: attempt.answeredAt))
  }

  public func memory(learnerID: Int64, bundleID: String) throws -> LearnerMemory {
    standInMemory[learnerID] ?? LearnerMemory()
  }

  public func setPath(_ pathID: String?, learnerID: Int64) throws {
    standInPaths[learnerID] = pathID
  }

  public func history(learnerID: Int64, bundleID: String, limit: Int) throws -> [LearnerEvent] {
    Array((standInEvents[learnerID] ?? []).reversed().prefix(limit))
  }

  /// Erases the learner's events for one topic, or all of them when `topicID` is nil.
  public func forget(learnerID: Int64, bundleID: String, topicID: String?) throws {
    standInEvents[learnerID] = nil
    standInMemory[learnerID] = nil
  }
}
