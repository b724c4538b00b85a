import Curriculum

/// Why the clinic's store (PostgreSQL) could not be used, with what to do about it.
package enum ClinicStoreError: Error, CustomStringConvertible, Sendable, Hashable {
  /// `--store` or `store.url` is not a `postgres://user@host/db` address this program reads.
  case badAddress(String, reason: String)
  /// The address holds a password, which would end up in the shell's history and settings.
  case passwordInAddress
  /// The server could not be reached, or refused the login.
  case cannotReach(location: String, reason: String)
  /// The server's database holds migrations this version does not know.
  case newerSchema(location: String, unknownMigrations: [String])
  /// The database has tables, but not Teachback's.
  case notATeachbackDatabase(location: String)
  /// The connection was lost and did not come back within the retry time.
  case connectionLost(location: String, reason: String)
  /// `store copy` found a row with the same number but other facts: another computer's records.
  case copyConflict(location: String, what: String)
  /// Any other failure, with the server's words.
  case server(location: String, message: String)

  package var description: String {
    switch self {
    case .badAddress(let address, let reason):
      "“\(address)” is not a clinic store address (\(reason)). Write it as "
        + "postgres://USER@HOST:PORT/DATABASE."
    case .passwordInAddress:
      "The store address holds a password. Passwords typed in a command stay in the shell's "
        + "history, so Teachback refuses them. Leave the password out of the address and put it "
        + "in ~/.pgpass (or the file PGPASSFILE names), or in PGPASSWORD."
    case .cannotReach(let location, let reason):
      "Cannot reach the clinic's records at \(location): \(reason). Nothing was saved on this "
        + "computer instead. Check that the server is running and that you can log in, "
        + "then start again."
    case .newerSchema(let location, _):
      "The clinic's records at \(location) were set up by a newer version of Teachback. "
        + "Update Teachback on this computer. Nothing was changed on the server."
    case .notATeachbackDatabase(let location):
      "The database at \(location) holds tables, but not Teachback's. Nothing was changed. "
        + "Ask whoever looks after the server which database is Teachback's."
    case .connectionLost(let location, let reason):
      "The connection to the clinic's records at \(location) was lost (\(reason)) and did not come back "
        + "within \(Int(PostgresLearnerStore.retryWindow)) seconds. Nothing more can be saved this "
        + "time; you can keep reading and practising. Start Teachback again once the server is back."
    case .copyConflict(let location, let what):
      "The clinic's records at \(location) already hold a different \(what) with the same "
        + "number, so this file's records would mix with someone else's. Nothing was copied. "
        + "Copy into an empty clinic database, or ask whoever looks after the server."
    case .server(let location, let message):
      "The clinic's records at \(location) could not be read or written: \(message)."
    }
  }
}

extension ClinicStoreError: UserFacingError {
  package var whatHappened: String { description }
}
