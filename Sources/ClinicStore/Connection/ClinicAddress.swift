import Foundation

/// Where the clinic's records are: `postgres://USER@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]`,
/// read the way libpq reads such an address, less what Teachback refuses: a password (it would
/// stay in the shell's history and the settings file) and the modes that fall back to sending
/// learner data in the clear without saying so (`allow`, `prefer`).
package struct ClinicAddress: Sendable, Hashable {
  package enum TLSMode: String, Sendable, Hashable {
    /// No TLS: only when the address says `sslmode=disable`.
    case disable
    /// TLS, without checking the server's certificate.
    case require
    /// TLS with a certificate signed by a trusted authority, for any host name.
    case verifyCA = "verify-ca"
    /// TLS with a trusted certificate for this host name; the default.
    case verifyFull = "verify-full"
  }

  package var user: String
  package var host: String
  package var port: Int
  package var database: String
  package var tls: TLSMode
  /// The authority certificates to trust (PEM), instead of the system's.
  package var rootCertificatePath: String?

  /// The address as messages name it (no password, no options).
  package var location: String { "postgres://\(user)@\(host):\(port)/\(database)" }

  /// Whether `text` is meant as a clinic address rather than a file's path.
  package static func isAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  package init(
    user: String, host: String, port: Int = 5432, database: String, tls: TLSMode = .verifyFull,
    rootCertificatePath: String? = nil
  ) {
    self.user = user
    self.host = host
    self.port = port
    self.database = database
    self.tls = tls
    self.rootCertificatePath = rootCertificatePath
  }

  /// Reads an address. Throws `ClinicStoreError.passwordInAddress` for one holding a password and
  /// `badAddress` for anything else it cannot use.
  package init(_ text: String) throws {
    guard Self.isAddress(text), let parts = URLComponents(string: text) else {
      throw ClinicStoreError.badAddress(text, reason: "it does not start with postgres://")
    }
    if parts.password != nil { throw ClinicStoreError.passwordInAddress }
    guard let user = parts.user?.removingPercentEncoding, !user.isEmpty else {
      throw ClinicStoreError.badAddress(text, reason: "it names no user before @")
    }
    guard let host = parts.host, !host.isEmpty else {
      throw ClinicStoreError.badAddress(text, reason: "it names no server")
    }
    let database = String(parts.path.drop(while: { $0 == "/" }))
    guard !database.isEmpty, !database.contains("/") else {
      throw ClinicStoreError.badAddress(text, reason: "it names no database after the server")
    }
    var tls = TLSMode.verifyFull
    var rootCertificatePath: String?
    for item in parts.queryItems ?? [] {
      switch item.name {
      case "sslmode":
        guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
          throw ClinicStoreError.badAddress(
            text,
            reason: "sslmode must be verify-full, verify-ca, require or disable, "
              + "not \(item.value ?? "empty")")
        }
        tls = mode
      case "sslrootcert":
        rootCertificatePath = item.value.map { NSString(string: $0).expandingTildeInPath }
      default:
        throw ClinicStoreError.badAddress(
          text, reason: "it has an option \(item.name) Teachback does not use")
      }
    }
    self.init(
      user: user, host: host, port: parts.port ?? 5432, database: database, tls: tls,
      rootCertificatePath: rootCertificatePath)
  }
}
