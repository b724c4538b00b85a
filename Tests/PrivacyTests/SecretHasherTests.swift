import Foundation
import Privacy
import Testing

@Suite struct SecretHasherTests {
  let hasher = SecretHasher()

  @Test func theStoredFormIsAScryptOutputWithItsSaltAndParameters() throws {
    let hash = hasher.hash("4729")
    let stored = hash.storedForm
    #expect(stored.hasPrefix("scrypt$ln=16,r=8,p=1$"))
    #expect(!stored.contains("4729"))
    let read = try #require(SecretHash(storedForm: stored))
    #expect(read == hash)
    #expect(read.salt.count == 16)
    #expect(read.derivedKey.count == 32)
    #expect(
      SecretHasher.derive("4729", salt: read.salt, parameters: read.parameters) == read.derivedKey)
  }

  @Test func theSameSecretTwiceGetsTwoSalts() {
    let first = hasher.hash("4729")
    let second = hasher.hash("4729")
    #expect(first.salt != second.salt)
    #expect(first.derivedKey != second.derivedKey)
  }

  @Test func onlyTheSecretMatches() {
    let hash = hasher.hash("blue heron 7")
    #expect(hasher.matches("blue heron 7", hash))
    #expect(!hasher.matches("blue heron 8", hash))
    #expect(!hasher.matches("", hash))
  }

  @Test func checkingTakesItsTimeByDesign() {
    let hash = hasher.hash("4729")
    let start = ContinuousClock.now
    _ = hasher.matches("4729", hash)
    let took = ContinuousClock.now - start
    print("SecretHasherTests: one check of a standard scrypt hash took \(took)")
  }

  @Test(arguments: [
    "", "scrypt$ln=15,r=8,p=1$AAAA$AAAA", "bcrypt$ln=15,r=8,p=1$x$y",
    "scrypt$ln=4,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    "scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
  ])
  func aStoredFormThisCodeDidNotWriteIsRefused(text: String) {
    #expect(SecretHash(storedForm: text) == nil)
  }

  @Test func waitsDoubleAndStopAtTheLongest() {
    let waits = (0...9).map { GuessBackoff.wait(afterWrongInARow: $0) }
    #expect(waits == [0, 1, 2, 4, 8, 16, 30, 30, 30, 30])
  }
}
