import ClinicStore
import Foundation

/// A real PostgreSQL server for the test run: `initdb` into a temporary folder, `pg_ctl start`
/// on a free port of 127.0.0.1 (and a unix socket in the folder), TLS with a self-signed
/// certificate for `localhost`, and password logins over TCP. One server per test process,
/// started on first use and stopped when the process exits; one database per test.
///
/// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
/// (`runuser`). Where PostgreSQL is not installed, `shared` is nil and `unavailable` says why:
/// the PostgreSQL half of a suite is then skipped with that message (CI installs it).
package final class TestPostgresServer: Sendable {
  /// The login every test uses, a superuser, with `password`.
  package static let user = "teachback_test"
  package static let password = "correct horse battery staple"

  package let folder: String
  package let port: Int
  /// The self-signed certificate the server presents, to trust with `sslrootcert`.
  package let certificatePath: String
  private let binaries: String

  package static let shared: TestPostgresServer? = {
    do {
      let server = try TestPostgresServer()
      atexit { TestPostgresServer.shared?.stop() }
      return server
    } catch {
      startProblem.withLock { $0 = String(describing: error) }
      return nil
    }
  }()

  private static let startProblem = LockedText()

  /// Why there is no server, for a skipped test's message.
  package static var unavailable: String {
    _ = shared
    return "PostgreSQL tests skipped: " + (startProblem.withLock { $0 } ?? "no reason given")
  }

  /// The server for a test that needs one; nil where PostgreSQL is not installed (said once on
  /// standard error, and the test is skipped). In CI, which installs it, that is an error.
  package static func forTest() throws -> TestPostgresServer? {
    if let shared { return shared }
    if ProcessInfo.processInfo.environment["CI"] != nil {
      throw Problem("CI must run the PostgreSQL tests: \(unavailable)")
    }
    sayOnce.withLock { said in
      if said == nil {
        said = unavailable
        FileHandle.standardError.write(Data((unavailable + "\n").utf8))
      }
    }
    return nil
  }

  private static let sayOnce = LockedText()

  private init() throws {
    guard let binaries = Self.binaryFolder() else {
      throw Problem("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)")
    }
    self.binaries = binaries
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-postgres-\(UUID().uuidString)").path
    self.folder = folder
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    certificatePath = folder + "/server.crt"
    port = try Self.freePort()
    try Self.run(
      "/usr/bin/openssl",
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost", "-keyout", folder + "/server.key", "-out",
        certificatePath,
      ])
    try (Self.password + "\n").write(
      toFile: folder + "/password", atomically: true, encoding: .utf8)
    chmod(folder + "/server.key", 0o600)
    if getuid() == 0 { try Self.run("/bin/chown", ["-R", "postgres:postgres", folder]) }
    try runAsServer(
      binaries + "/initdb",
      [
        "-D", folder + "/data", "-U", Self.user, "--pwfile=" + folder + "/password",
        "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
      ])
    let settings = [
      "-p \(port)", "-k \(folder)", "-c listen_addresses=localhost", "-c ssl=on",
      "-c ssl_cert_file=\(folder)/server.crt", "-c ssl_key_file=\(folder)/server.key",
      "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
      "-c max_connections=200",
    ].joined(separator: " ")
    try runAsServer(
      binaries + "/pg_ctl",
      [
        "-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60", "-o", settings,
        "start",
      ])
  }

  /// A new, empty database for one test, on TCP without TLS.
  package func makeDatabase() throws -> ClinicAddress {
    let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try sql("CREATE DATABASE \(name)")
    return ClinicAddress(
      user: Self.user, host: "127.0.0.1", port: port, database: name, tls: .disable)
  }

  /// Runs SQL as the test superuser through the unix socket, and returns what psql prints.
  @discardableResult
  package func sql(_ statement: String, database: String = "postgres") throws -> String {
    try Self.run(
      binaries + "/psql",
      [
        "-h", folder, "-p", String(port), "-U", Self.user, "-d", database, "-X", "-A", "-t",
        "-v", "ON_ERROR_STOP=1", "-c", statement,
      ])
  }

  /// Ends every connection to `database` but psql's own, as a dropped network would.
  @discardableResult
  package func terminateConnections(to database: String) throws -> Int {
    let output = try sql(
      """
      SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
      WHERE datname = '\(database)' AND pid <> pg_backend_pid()
      """)
    return Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// Stops the server at once and removes its folder.
  package func stop() {
    try? runAsServer(binaries + "/pg_ctl", ["-D", folder + "/data", "-m", "immediate", "stop"])
    try? FileManager.default.removeItem(atPath: folder)
  }

  // MARK: - Processes

  private func runAsServer(_ program: String, _ arguments: [String]) throws {
    if getuid() == 0 {
      try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments)
    } else {
      try Self.run(program, arguments)
    }
  }

  /// Runs a program to its end and returns what it printed. Not through `Process`: on Linux it
  /// learns of the end when a socket it hands the child closes, and the server pg_ctl starts
  /// keeps that socket open; `waitpid` knows the child itself.
  @discardableResult
  private static func run(_ program: String, _ arguments: [String]) throws -> String {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-postgres-output-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { throw Problem("\(program) could not start (\(spawned))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
      throw Problem("\(URL(fileURLWithPath: program).lastPathComponent) failed: \(text)")
    }
    return text
  }

  private static func binaryFolder() -> String? {
    let root = "/usr/lib/postgresql"
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return versions.compactMap(Int.init).sorted().reversed().map { "\(root)/\($0)/bin" }
      .first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
  }

  /// A port no one listens on now (the kernel's choice, let go at once).
  private static func freePort() throws -> Int {
    let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Problem("no socket for a free port") }
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
      }
    }
    guard bound else { throw Problem("no free port") }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  private struct Problem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}

/// A text shared between threads.
private final class LockedText: @unchecked Sendable {
  private let lock = NSLock()
  private var text: String?

  func withLock<T>(_ body: (inout String?) -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body(&text)
  }
}
