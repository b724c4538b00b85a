// CONTRACT STAND-IN: replaced by the real GRDB store (issue 5), keeping these signatures.
import Foundation
import Learning

/// The durable record of learners and what they did (SQLite through GRDB).
public final class LearnerStore: @unchecked Sendable {
  private var learnersByName: [String: Learner] = [:]
  private var read: [Int64: Set<SectionKey>] = [:]
  private let lock = NSLock()

  /// Opens (creating and migrating if needed) the store at `path`.
  public init(path: String) throws {}

  public func learners() throws -> [Learner] {
    lock.withLock { Array(learnersByName.values).sorted { $0.id < $1.id } }
  }

  public func learner(named name: String) throws -> Learner? { lock.withLock { learnersByName[name] } }

  public func addLearner(name: String, role: LearnerRole, pathID: String?) throws -> Learner {
    lock.withLock {
      let learner = Learner(id: Int64(learnersByName.count + 1), name: name, role: role, pathID: pathID)
      learnersByName[name] = learner
      return learner
    }
  }

  /// Appends "section read" for a learner, durably, in one transaction.
  public func recordSectionRead(
    _ section: SectionKey, learnerID: Int64, bundleID: String, bundleVersion: String
  ) throws {
    lock.withLock { _ = read[learnerID, default: []].insert(section) }
  }

  public func sectionsRead(learnerID: Int64, bundleID: String) throws -> Set<SectionKey> {
    lock.withLock { read[learnerID] ?? [] }
  }
}
