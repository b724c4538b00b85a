import ClinicStore
import Foundation
import LearnerStore

/// The two back ends a behaviour test runs against.
package enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
  case sqlite
  case postgres

  package var description: String { rawValue }

  /// A new, empty store of this kind, kept with what must outlive it (its folder); nil for
  /// PostgreSQL where it is not installed (the reason is printed once). In CI a missing
  /// PostgreSQL is an error instead, since CI installs it.
  package func makeStore() throws -> OpenedStore? {
    switch self {
    case .sqlite:
      let folder = try TemporaryFolder()
      return OpenedStore(
        store: try SQLiteLearnerStore(path: folder.path("progress.sqlite")), folder: folder)
    case .postgres:
      guard let server = try TestPostgresServer.forTest() else { return nil }
      let address = try server.makeDatabase()
      return OpenedStore(
        store: try PostgresLearnerStore(address: address, password: TestPostgresServer.password),
        folder: nil, address: address)
    }
  }
}

/// A store opened for one test, with what it lives in.
package struct OpenedStore: Sendable {
  package let store: any LearnerStore
  package let folder: TemporaryFolder?
  /// The clinic database, for the PostgreSQL back end.
  package var address: ClinicAddress? = nil
}
