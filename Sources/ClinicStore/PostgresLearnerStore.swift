import Foundation
import LearnerStore
import Learning
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization

/// The learner store on the clinic's PostgreSQL server, shared by every educator's computer.
///
/// It behaves as `SQLiteLearnerStore` does (the same `StoreBehaviourTests` run on both):
/// events appended, one transaction each, the memory state upserted in the answer's own
/// transaction, teaching sessions, notes, identities, demonstrations, access control and
/// forgetting. What a shared server adds:
///
/// - Each event carries a UUID made before the first try (`event.event_uuid`, unique), so an
///   answer retried after a dropped connection is kept once (`ON CONFLICT DO NOTHING`).
/// - A teaching session belongs to the database login that started it: each educator (each
///   login) may have one open session, found again from any computer; any login may end it.
/// - Writes to one learner's answers are serialised by an advisory lock on the learner, so two
///   computers answering for the same learner fold their answers one after the other.
///
/// Every statement is a `PostgresQuery` literal whose interpolations are bound parameters; no
/// SQL is built from strings. Connections come from postgres-nio's `PostgresClient` pool, run
/// on an event loop and threads of the store's own (`BlockingBridge`), and each call waits for
/// its result, so callers stay synchronous. A call whose connection fails is tried again for up
/// to `retryWindow` seconds when that is safe (before its `COMMIT` was sent, or when it is
/// idempotent); then it throws `ClinicStoreError.connectionLost`.
package final class PostgresLearnerStore: LearnerStore {
  package let address: ClinicAddress
  package var location: String { address.location }
  let model: FSRS
  private let group: MultiThreadedEventLoopGroup
  let bridge = BlockingBridge()
  private let configuration: PostgresClient.Configuration
  /// The pool in use, and the task running it. A pool whose connection failed or hung is let
  /// go and a new one made.
  private let pool: Mutex<(client: PostgresClient, running: Task<Void, Never>)?>
  private let closed = Mutex(false)
  let logger = Logger(label: "teachback.clinic-store", factory: { _ in SwiftLogNoOpLogHandler() })

  /// How long a call keeps trying after its connection fails.
  package static let retryWindow: TimeInterval = 8
  /// How long reaching the server may take before it counts as down.
  package static let connectTimeout: TimeInterval = 5
  /// How long one try of an ordinary call may take before it counts as hung.
  package static let patience: TimeInterval = 2

  /// Connects to the clinic's database, checks its schema (refusing a newer one, untouched) and
  /// applies the migrations it lacks. The password comes from `PGPASSWORD` or the password file
  /// (`PasswordFile`), never from the address.
  package convenience init(address: ClinicAddress) throws {
    try self.init(address: address, password: PasswordFile.password(for: address))
  }

  package init(address: ClinicAddress, password: String?, model: FSRS = FSRS()) throws {
    self.address = address
    self.model = model
    let tls = try Self.tlsConfiguration(address)
    group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    var configuration = PostgresClient.Configuration(
      host: address.host, port: address.port, username: address.user, password: password,
      database: address.database, tls: tls.map { .require($0) } ?? .disable)
    configuration.options.connectTimeout = .seconds(Int64(Self.connectTimeout))
    configuration.options.maximumConnections = 4
    // A transaction left open by a call given up on must not hold its locks for long.
    configuration.options.additionalStartupParameters = [
      ("idle_in_transaction_session_timeout", "3000")
    ]
    configuration.options.tlsServerName = tls == nil ? nil : address.host
    self.configuration = configuration
    pool = Mutex(nil)
    do {
      try firstContact(password: password, tls: tls)
    } catch {
      try? close()
      throw error
    }
  }

  /// One plain connection first: it says exactly why the server cannot be used (down, wrong
  /// login, certificate), where the pool would only keep trying; the schema is checked and
  /// migrated on it.
  private func firstContact(password: String?, tls: TLSConfiguration?) throws {
    let address = self.address
    let group = self.group
    let logger = self.logger
    let sslContext = try tls.map { try NIOSSLContext(configuration: $0) }
    try bridge.wait {
      var configuration = PostgresConnection.Configuration(
        host: address.host, port: address.port, username: address.user, password: password,
        database: address.database, tls: sslContext.map { .require($0) } ?? .disable)
      configuration.options.connectTimeout = .seconds(Int64(Self.connectTimeout))
      configuration.options.tlsServerName = sslContext == nil ? nil : address.host
      let connection: PostgresConnection
      do {
        connection = try await PostgresConnection.connect(
          on: group.next(), configuration: configuration, id: 0, logger: logger)
      } catch {
        throw ClinicStoreError.cannotReach(
          location: address.location, reason: Self.reason(error))
      }
      do {
        try await PostgresSchema.migrate(connection, logger: logger, location: address.location)
        try? await connection.close()
      } catch {
        try? await connection.close()
        throw error
      }
    }
  }

  private static func tlsConfiguration(_ address: ClinicAddress) throws -> TLSConfiguration? {
    var tls = TLSConfiguration.makeClientConfiguration()
    switch address.tls {
    case .disable: return nil
    case .require: tls.certificateVerification = .none
    case .verifyCA: tls.certificateVerification = .noHostnameVerification
    case .verifyFull: tls.certificateVerification = .fullVerification
    }
    if let path = address.rootCertificatePath {
      guard FileManager.default.isReadableFile(atPath: path) else {
        throw ClinicStoreError.cannotReach(
          location: address.location, reason: "the certificate file \(path) cannot be read")
      }
      tls.trustRoots = .file(path)
    }
    return tls
  }

  package func close() throws {
    let first = closed.withLock { closed in
      defer { closed = true }
      return !closed
    }
    guard first else { return }
    pool.withLock { pool in
      pool?.running.cancel()
      pool = nil
    }
    try? group.syncShutdownGracefully()
  }

  deinit {
    try? close()
  }

  // MARK: - Running statements

  /// The pool in use, made on first use.
  private func currentClient() -> PostgresClient {
    pool.withLock { pool in
      if let pool { return pool.client }
      let client = PostgresClient(configuration: configuration, eventLoopGroup: group)
      pool = (client, bridge.start { await client.run() })
      return client
    }
  }

  /// Lets go of `client`'s pool (when it is still the one in use), so the next try makes anew.
  private func replace(_ client: PostgresClient) {
    pool.withLock { pool in
      guard let current = pool, current.client === client else { return }
      current.running.cancel()
      pool = nil
    }
  }

  /// Runs `body` in one transaction on a pooled connection, trying again while the connection
  /// fails and trying again is safe: always before `COMMIT` was sent, and after it only when
  /// `idempotent` (the body can see that its first try was kept). A try that takes longer than
  /// `patience` counts as a failed connection; after a failed connection the pool is replaced.
  func transaction<T: Sendable>(
    idempotent: Bool = false, patience: TimeInterval = PostgresLearnerStore.patience,
    _ body: @escaping @Sendable (PostgresConnection) async throws -> T
  ) throws -> T {
    let logger = self.logger
    let deadline = Date().addingTimeInterval(Self.retryWindow)
    while true {
      let client = currentClient()
      let commit = CommitFlag()
      do {
        return try bridge.wait(timeout: patience) {
          try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            let value: T
            do {
              value = try await body(connection)
            } catch {
              _ = try? await connection.query("ROLLBACK", logger: logger)
              throw error
            }
            commit.sent.withLock { $0 = true }
            try await connection.query("COMMIT", logger: logger)
            return value
          }
        }
      } catch let error where Self.isConnectionProblem(error) {
        // A pool that lost a connection mid-call can take longer than the whole retry window
        // to hand out another (seen with pg_terminate_backend), so each retry gets a new one.
        replace(client)
        let mayRetry = idempotent || !commit.sent.withLock { $0 }
        guard mayRetry, Date() < deadline else {
          throw ClinicStoreError.connectionLost(
            location: location,
            reason: error is BlockingBridge.TimedOut ? "no answer in time" : Self.reason(error))
        }
        Thread.sleep(forTimeInterval: 0.1)
      } catch {
        throw Self.storeError(error, location: location)
      }
    }
  }

  /// A read: one transaction, tried again while the connection fails.
  func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T)
    throws -> T
  {
    try transaction(idempotent: true, body)
  }

  private final class CommitFlag: Sendable {
    let sent = Mutex(false)
  }

  /// A dropped or refused connection, a server shutting down, a lost race the server asks to
  /// retry (serialisation failure, deadlock), or a wait that timed out.
  static func isConnectionProblem(_ error: any Error) -> Bool {
    if error is BlockingBridge.TimedOut { return true }
    guard let error = error as? PSQLError else { return false }
    switch error.code {
    case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection,
      .poolClosed:
      return true
    case .server:
      let state = error.serverInfo?[.sqlState] ?? ""
      return state.hasPrefix("08") || state.hasPrefix("57P") || state == "40001"
        || state == "40P01"
    default:
      return false
    }
  }

  static func storeError(_ error: any Error, location: String) -> any Error {
    if error is LearnerStoreError || error is ClinicStoreError { return error }
    return ClinicStoreError.server(location: location, message: reason(error))
  }

  /// The server's own words for a failure, or the kind of failure; never a query or its values.
  static func reason(_ error: any Error) -> String {
    if let error = error as? PSQLError {
      if let message = error.serverInfo?[.message] { return message }
      if let underlying = error.underlying { return String(describing: underlying) }
      return String(describing: error.code)
    }
    return String(describing: error)
  }
}
