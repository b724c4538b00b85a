import Crypto
import CryptoExtras

/// Makes and checks `SecretHash`es with scrypt from swift-crypto (BoringSSL's implementation).
///
/// A check takes as long as making the hash did (100–500 ms by design), and compares the keys
/// in constant time, so how long it takes says nothing about how close a guess was.
public struct SecretHasher: Sendable {
  public static let saltByteCount = 16
  public static let keyByteCount = 32

  public let parameters: ScryptParameters

  public init(parameters: ScryptParameters = .standard) {
    self.parameters = parameters
  }

  public func hash(_ secret: String) -> SecretHash {
    var generator = SystemRandomNumberGenerator()
    let salt = (0..<Self.saltByteCount).map { _ in
      UInt8.random(in: .min ... .max, using: &generator)
    }
    return SecretHash(
      parameters: parameters, salt: salt,
      derivedKey: Self.derive(secret, salt: salt, parameters: parameters))
  }

  /// Whether `secret` is the one `stored` was made from, with the parameters stored with it.
  public func matches(_ secret: String, _ stored: SecretHash) -> Bool {
    guard stored.parameters.isWithinBounds else { return false }
    let key = Self.derive(secret, salt: stored.salt, parameters: stored.parameters)
    return Self.constantTimeEqual(key, stored.derivedKey)
  }

  /// The raw scrypt output; public so tests can check a stored hash is exactly this.
  public static func derive(_ secret: String, salt: [UInt8], parameters: ScryptParameters)
    -> [UInt8]
  {
    let derived: SymmetricKey
    do {
      derived = try KDF.Scrypt.deriveKey(
        from: Array(secret.utf8), salt: salt, outputByteCount: keyByteCount,
        rounds: parameters.rounds, blockSize: parameters.blockSize,
        parallelism: parameters.parallelism)
    } catch {
      // Only bounds BoringSSL checks (memory, N a power of two) can fail, and the parameters
      // are checked against `isWithinBounds` first.
      preconditionFailure("scrypt refused parameters within bounds: \(parameters)")
    }
    return derived.withUnsafeBytes { [UInt8]($0) }
  }

  static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for index in left.indices {
      difference |= left[index] ^ right[index]
    }
    return difference == 0
  }
}
