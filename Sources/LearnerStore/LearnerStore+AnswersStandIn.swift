// CONTRACT STAND-IN until the real store lands: answers kept in memory only.
import Foundation
import Learning

nonisolated(unsafe) private var standInMemory: [Int64: LearnerMemory] = [:]

extension LearnerStore {
  public func recordAnswer(
    _ attempt: Attempt, learnerID: Int64, bundleID: String, bundleVersion: String
  ) throws {
    standInMemory[learnerID, default: LearnerMemory()].record(attempt)
  }

  public func memory(learnerID: Int64, bundleID: String) throws -> LearnerMemory {
    standInMemory[learnerID] ?? LearnerMemory()
  }
}
