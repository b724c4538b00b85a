import Synchronization

/// Whether a store may still be used: once it reports damage, every later read or write of any
/// copy of the store throws that damage again instead of touching the file.
final class StoreHealth: Sendable {
  private let found = Mutex<LearnerStoreError?>(nil)

  /// The damage that ended the store's use, if any.
  var damage: LearnerStoreError? { found.withLock { $0 } }

  /// Returns `error`, first remembering it when it says the file is damaged.
  func noting(_ error: LearnerStoreError) -> LearnerStoreError {
    switch error {
    case .damaged, .notADatabase:
      found.withLock { if $0 == nil { $0 = error } }
    default: break
    }
    return error
  }
}
