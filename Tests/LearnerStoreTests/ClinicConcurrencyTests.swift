import ClinicStore
import Foundation
import LearnerStore
import TestSupport
import Testing

/// Eight programs answering at once for one learner on the clinic's server, while every
/// connection to it is cut again and again (`pg_terminate_backend`): every answer a program
/// confirmed is stored exactly once, and the memory state counts each once. 50 answers each
/// here; `TEACHBACK_CLINIC_ANSWERS=1000` for the full run.
@Suite(.tags(.slow)) struct ClinicConcurrencyTests {
  @Test func everyConfirmedAnswerIsKeptOnce() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let probe = try #require(BuiltProgram(named: "teachback-store-probe"))
    let address = try server.makeDatabase()
    let answers =
      ProcessInfo.processInfo.environment["TEACHBACK_CLINIC_ANSWERS"].flatMap(Int.init)
      ?? 50
    // Made once first, so that the eight do not all migrate the new database at once.
    try PostgresLearnerStore(address: address, password: TestPostgresServer.password).close()
    let url =
      "postgres://\(address.user)@127.0.0.1:\(address.port)/\(address.database)?sslmode=disable"
    let programs = try (0..<8).map { _ in
      let process = Process()
      process.executableURL = probe.url
      process.arguments = [url, String(answers)]
      process.environment = ["PGPASSWORD": TestPostgresServer.password]
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      return (process, output, errors)
    }
    let deadline = Date().addingTimeInterval(600)
    var cuts = 0
    while programs.contains(where: { $0.0.isRunning }) && Date() < deadline {
      Thread.sleep(forTimeInterval: Double.random(in: 0.5...1.5))
      cuts += try server.terminateConnections(to: address.database)
    }
    var confirmed: [Int64] = []
    for (process, output, errors) in programs {
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let problem = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(problem)")
      confirmed += text.split(separator: "\n").compactMap { Int64($0) }
    }
    #expect(cuts > 0)
    #expect(confirmed.count == 8 * answers)
    #expect(Set(confirmed).count == confirmed.count)
    let stored = try server.sql(
      "SELECT count(*), count(DISTINCT id) FROM event", database: address.database)
    #expect(
      stored.trimmingCharacters(in: .whitespacesAndNewlines)
        == "\(confirmed.count)|\(confirmed.count)")
    let reviews = try server.sql(
      "SELECT sum(review_count) FROM memory_state", database: address.database)
    #expect(reviews.trimmingCharacters(in: .whitespacesAndNewlines) == "\(confirmed.count)")
    let missing = try server.sql(
      "SELECT count(*) FROM unnest(ARRAY[\(confirmed.map(String.init).joined(separator: ","))]::bigint[]) AS id WHERE id NOT IN (SELECT id FROM event)",
      database: address.database)
    #expect(missing.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }
}
