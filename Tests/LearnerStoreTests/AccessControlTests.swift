import Foundation
import GRDB
import Learning
import Privacy
import TestSupport
import Testing

@testable import LearnerStore

/// The store's side of privacy: the mode, hashes that are scrypt outputs with their salt and
/// parameters, access events with nothing typed in them, and waits that survive a restart.
@Suite struct AccessControlTests {
  let folder: TemporaryFolder
  let path: String
  let now = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    path = folder.path("progress.sqlite")
  }

  private func storedPINHash(_ store: SQLiteLearnerStore, _ id: Int64) throws -> String? {
    try store.database.read { db in
      try String.fetchOne(db, sql: "SELECT pin_hash FROM learner WHERE id = ?", arguments: [id])
    }
  }

  @Test func aNewStoreIsInHomeMode() throws {
    let store = try SQLiteLearnerStore(path: path)
    #expect(try store.accessMode() == .home)
  }

  @Test func aPINIsKeptAsAScryptOutputWithItsSaltAndParameters() throws {
    let store = try SQLiteLearnerStore(path: path)
    let rosa = try store.addLearner(name: "Rosa", role: .patient, pathID: nil)
    try store.setPIN("2468", learnerID: rosa.id, at: now)
    let stored = try #require(try storedPINHash(store, rosa.id))
    #expect(!stored.contains("2468"))
    let hash = try #require(SecretHash(storedForm: stored))
    #expect(hash.parameters == .standard && hash.salt.count == 16)
    #expect(
      SecretHasher.derive("2468", salt: hash.salt, parameters: hash.parameters) == hash.derivedKey)
    #expect(try store.checkSecret("2468", forLearnerNamed: "rosa", at: now) == .learnersPIN(rosa))
    #expect(try store.checkSecret("2469", forLearnerNamed: "Rosa", at: now) == .wrong)
    #expect(
      try store.accessEvents(learnerID: rosa.id).map(\.kind) == [
        .pinSet, .rightEntry, .wrongEntry,
      ])
  }

  @Test func clinicModeKeepsThePassphraseHashInTheStore() throws {
    let store = try SQLiteLearnerStore(path: path)
    try store.turnOnClinicMode(passphrase: "harbor lights 42", at: now)
    try store.close()
    let reopened = try SQLiteLearnerStore(path: path)
    #expect(try reopened.accessMode() == .clinic)
    let stored = try reopened.database.read { db in
      try String.fetchOne(db, sql: "SELECT educator_passphrase_hash FROM access_control")
    }
    #expect(stored.flatMap(SecretHash.init(storedForm:)) != nil)
    #expect(try reopened.checkPassphrase("harbor lights 42", at: now))
    #expect(try !reopened.checkPassphrase("harbor lights 43", at: now))
    // A name that is no one's is checked against the passphrase alone.
    #expect(
      try reopened.checkSecret("harbor lights 42", forLearnerNamed: "Nobody", at: now)
        == .educatorPassphrase)
    try reopened.turnOffClinicMode(at: now)
    #expect(try reopened.accessMode() == .home)
    #expect(try !reopened.checkPassphrase("harbor lights 42", at: now))
  }

  @Test func wrongEntriesInARowWaitLongerAndARestartDoesNotResetIt() throws {
    let store = try SQLiteLearnerStore(path: path)
    let rosa = try store.addLearner(name: "Rosa", role: .patient, pathID: nil)
    try store.setPIN("2468", learnerID: rosa.id, at: now)
    var waits: [Int] = []
    for _ in 0..<4 {
      _ = try store.checkSecret("0000", forLearnerNamed: "Rosa", at: now)
      waits.append(try store.secondsBeforeNextTry(at: now))
    }
    #expect(waits == [1, 2, 4, 8])
    try store.close()
    let reopened = try SQLiteLearnerStore(path: path)
    #expect(try reopened.secondsBeforeNextTry(at: now) == 8)
    #expect(try reopened.secondsBeforeNextTry(at: now + 5) == 3)
    #expect(try reopened.secondsBeforeNextTry(at: now + 60) == 0)
    _ = try reopened.checkSecret("2468", forLearnerNamed: "Rosa", at: now + 60)
    #expect(try reopened.secondsBeforeNextTry(at: now + 60) == 0)
  }

  @Test func removingAPINSaysWhoRemovedIt() throws {
    let store = try SQLiteLearnerStore(path: path)
    let rosa = try store.addLearner(name: "Rosa", role: .patient, pathID: nil)
    try store.setPIN("2468", learnerID: rosa.id, at: now)
    try store.removePIN(learnerID: rosa.id, as: .pinResetByEducator, at: now)
    #expect(try !store.hasPIN(learnerID: rosa.id))
    try store.setPIN("1357", learnerID: rosa.id, at: now)
    try store.removePIN(learnerID: rosa.id, as: .pinResetAtHome, at: now)
    #expect(
      try store.accessEvents(learnerID: rosa.id).map(\.kind) == [
        .pinSet, .pinResetByEducator, .pinSet, .pinResetAtHome,
      ])
  }
}
