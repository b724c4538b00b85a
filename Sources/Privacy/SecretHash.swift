import Foundation

/// A secret (a PIN or a passphrase) as it is kept: the scrypt parameters, the 16 random bytes of
/// salt and the derived key, never the secret itself.
///
/// Its stored form reads `scrypt$ln=16,r=8,p=1$<salt, Base64>$<key, Base64>`, so a store keeps the
/// parameters with the hash and a later, costlier setting still checks an older hash.
public struct SecretHash: Sendable, Equatable {
  public let parameters: ScryptParameters
  public let salt: [UInt8]
  public let derivedKey: [UInt8]

  public init(parameters: ScryptParameters, salt: [UInt8], derivedKey: [UInt8]) {
    self.parameters = parameters
    self.salt = salt
    self.derivedKey = derivedKey
  }

  public var storedForm: String {
    "scrypt$ln=\(parameters.logRounds),r=\(parameters.blockSize),p=\(parameters.parallelism)$"
      + Data(salt).base64EncodedString() + "$" + Data(derivedKey).base64EncodedString()
  }

  /// Reads a stored form back; nil for anything that is not one this code wrote.
  public init?(storedForm: String) {
    let parts = storedForm.split(separator: "$", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "scrypt",
      let parameters = ScryptParameters(text: String(parts[1])),
      let salt = Data(base64Encoded: String(parts[2])).map { [UInt8]($0) }, salt.count >= 16,
      let key = Data(base64Encoded: String(parts[3])).map { [UInt8]($0) }, key.count >= 16
    else { return nil }
    self.init(parameters: parameters, salt: salt, derivedKey: key)
  }
}
