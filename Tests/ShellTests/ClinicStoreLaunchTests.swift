import ClinicStore
import Foundation
import LearnerStore
import TestSupport
import Testing

/// `teachback --store postgres://…` and `config set store.url …` as a person runs them: the
/// password never in the address, a server that is down stops the start (never a file instead),
/// and a shell on the clinic's server records there.
@Suite(.tags(.slow)) struct ClinicStoreLaunchTests {
  private func teachback() throws -> BuiltProgram {
    try #require(BuiltProgram(named: "teachback"), "teachback is built by `swift build`")
  }

  @Test func anAddressWithAPasswordIsRefusedSayingWhy() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(
      ["--store", "postgres://pat:secret@127.0.0.1:9/records", "topics"], in: folder)
    #expect(run.status == 1)
    #expect(run.errors.contains("holds a password") && run.errors.contains("history"))
    #expect(!run.errors.contains("secret"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("data/teachback")))

    let config = try teachback().run(
      ["config", "set", "store.url", "postgres://pat:secret@db.example/records"], in: folder)
    #expect(config.status != 0)
    #expect(config.errors.contains("holds a password"))
    let settings =
      (try? String(contentsOfFile: folder.path("config/teachback/settings.json"), encoding: .utf8))
      ?? ""
    #expect(!settings.contains("secret"))
  }

  @Test func aServerThatIsDownStopsTheStart() throws {
    let folder = try TemporaryFolder()
    let run = try teachback().run(
      ["--store", "postgres://pat@127.0.0.1:9/records?sslmode=disable", "--learner", "Ana"],
      in: folder, input: "next\nquit\n")
    #expect(run.status == 1)
    #expect(run.errors.contains("Cannot reach the clinic's records at postgres://pat@127.0.0.1:9"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("data/teachback/progress.sqlite")))
  }

  @Test func theShellRecordsOnTheClinicsServer() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let address = try server.makeDatabase()
    let folder = try TemporaryFolder()
    let passwords = folder.path("pgpass")
    try
      "127.0.0.1:\(address.port):\(address.database):\(address.user):\(TestPostgresServer.password)\n"
      .write(toFile: passwords, atomically: true, encoding: .utf8)
    chmod(passwords, 0o600)
    let url =
      "postgres://\(address.user)@127.0.0.1:\(address.port)/\(address.database)?sslmode=disable"
    let set = try teachback().run(["config", "set", "store.url", url], in: folder)
    #expect(set.status == 0, "\(set.errors)")
    let run = try teachback().run(
      ["--learner", "Ana"], in: folder, input: "next\nquit\n",
      environment: ["PGPASSFILE": passwords])
    #expect(run.status == 0, "\(run.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.path("data/teachback/progress.sqlite")))

    let store = try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    let ana = try #require(try store.learner(named: "Ana"))
    #expect(try !store.history(learnerID: ana.id).isEmpty)
  }
}
