import ClinicStore
import Foundation
import LearnerStore
import Learning
import TestSupport
import Testing

/// What only the clinic's store does: addresses and passwords, refusing a newer or foreign
/// schema, TLS, a session per login, and answers kept once through dropped connections.
@Suite(.tags(.slow)) struct ClinicStoreTests {
  let bundle = SampleBundle.make()
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  // MARK: - Addresses and passwords

  @Test func readsAnAddress() throws {
    let address = try ClinicAddress(
      "postgres://nurse.pat@db.clinic.example:6543/teachback?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    )
    #expect(address.user == "nurse.pat" && address.host == "db.clinic.example")
    #expect(address.port == 6543 && address.database == "teachback")
    #expect(address.tls == .verifyFull && address.rootCertificatePath == "/etc/ca.pem")
    #expect(address.location == "postgres://nurse.pat@db.clinic.example:6543/teachback")
    let plain = try ClinicAddress("postgresql://pat@localhost/records?sslmode=disable")
    #expect(plain.port == 5432 && plain.tls == .disable)
    #expect(try ClinicAddress("postgres://pat@localhost/records").tls == .verifyFull)
  }

  @Test func refusesAPasswordAndWhatItCannotUse() {
    #expect(throws: ClinicStoreError.passwordInAddress) {
      try ClinicAddress("postgres://pat:secret@localhost/records")
    }
    for bad in [
      "postgres://localhost/records", "postgres://pat@/records", "postgres://pat@localhost",
      "postgres://pat@localhost/records?sslmode=prefer",
      "postgres://pat@localhost/records?password=secret",
    ] {
      #expect(throws: ClinicStoreError.self, "\(bad)") { try ClinicAddress(bad) }
    }
  }

  @Test func findsThePasswordLikeLibpq() throws {
    let folder = try TemporaryFolder()
    let file = folder.path("pgpass")
    try """
    # comment
    other.example:5432:*:pat:wrong
    db.example:5432:records:pat:it\\:s\\\\me
    *:*:*:*:fallback
    """.write(toFile: file, atomically: true, encoding: .utf8)
    chmod(file, 0o600)
    let address = ClinicAddress(user: "pat", host: "db.example", database: "records")
    #expect(PasswordFile.password(for: address, environment: ["PGPASSFILE": file]) == "it:s\\me")
    let other = ClinicAddress(user: "lee", host: "db.example", database: "records")
    #expect(PasswordFile.password(for: other, environment: ["PGPASSFILE": file]) == "fallback")
    #expect(
      PasswordFile.password(for: other, environment: ["PGPASSFILE": file, "PGPASSWORD": "env"])
        == "env")
    chmod(file, 0o644)
    #expect(PasswordFile.password(for: address, environment: ["PGPASSFILE": file]) == nil)
  }

  // MARK: - Opening

  @Test func aServerThatIsDownIsSaidPlainly() throws {
    let address = ClinicAddress(
      user: "pat", host: "127.0.0.1", port: 9, database: "records", tls: .disable)
    let began = Date()
    #expect {
      try PostgresLearnerStore(address: address, password: "x")
    } throws: { error in
      guard case ClinicStoreError.cannotReach(let location, _) = error else { return false }
      return location == address.location
    }
    #expect(Date().timeIntervalSince(began) < 10)
  }

  @Test func aNewerSchemaIsRefusedUntouched() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let address = try server.makeDatabase()
    let store = try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    _ = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    try store.close()
    try server.sql(
      "INSERT INTO schema_migrations VALUES ('addSomethingFromTheFuture', 0)",
      database: address.database)
    let before = try server.sql(
      "SELECT string_agg(identifier, ',' ORDER BY identifier) FROM schema_migrations",
      database: address.database)
    #expect(
      throws: ClinicStoreError.newerSchema(
        location: address.location, unknownMigrations: ["addSomethingFromTheFuture"])
    ) {
      try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    }
    let after = try server.sql(
      "SELECT string_agg(identifier, ',' ORDER BY identifier) FROM schema_migrations",
      database: address.database)
    #expect(before == after)
    #expect(
      try server.sql("SELECT count(*) FROM learner", database: address.database)
        .trimmingCharacters(in: .whitespacesAndNewlines) == "1")
  }

  @Test func someoneElsesDatabaseIsRefused() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let address = try server.makeDatabase()
    try server.sql("CREATE TABLE invoices (id integer)", database: address.database)
    #expect(throws: ClinicStoreError.notATeachbackDatabase(location: address.location)) {
      try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    }
  }

  @Test func aWrongPasswordIsSaidPlainly() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let address = try server.makeDatabase()
    #expect {
      try PostgresLearnerStore(address: address, password: "not it")
    } throws: { error in
      guard case ClinicStoreError.cannotReach = error else { return false }
      return true
    }
  }

  // MARK: - TLS

  @Test func verifiesTheServersCertificate() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    var address = try server.makeDatabase()
    address.host = "localhost"
    address.tls = .verifyFull
    address.rootCertificatePath = server.certificatePath
    let store = try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    _ = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    #expect(try store.learners().count == 1)
    try store.close()

    // Without the certificate to trust, the self-signed one is refused.
    address.rootCertificatePath = nil
    #expect(throws: ClinicStoreError.self) {
      try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    }
  }

  // MARK: - Many educators

  @Test func eachLoginHasItsOwnOpenSession() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let address = try server.makeDatabase()
    let pat = try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    let login = "lee_" + String(UUID().uuidString.prefix(8)).lowercased()
    // Exactly the rights docs/clinic-server.md grants an educator.
    try server.sql("CREATE ROLE \(login) LOGIN PASSWORD 'lee password'")
    for grant in [
      "GRANT USAGE ON SCHEMA public TO \(login)",
      "GRANT SELECT ON schema_migrations TO \(login)",
      "GRANT SELECT, INSERT, DELETE ON event TO \(login)",
      """
      GRANT SELECT, INSERT, UPDATE, DELETE ON learner, memory_state, teaching_session,
        teaching_session_learner, session_note, patient_identity, demonstration, access_event
        TO \(login)
      """,
      "GRANT SELECT, UPDATE ON access_control TO \(login)",
    ] {
      try server.sql(grant, database: address.database)
    }
    var leeAddress = address
    leeAddress.user = login
    let lee = try PostgresLearnerStore(address: leeAddress, password: "lee password")
    let sam = try pat.addLearner(name: "Sam", role: .patient, pathID: nil)
    let patSession = try pat.startTeachingSession(
      educatorName: "Pat", learnerIDs: [sam.id], bundleID: "sample-port", bundleVersion: "1.2.0",
      pathID: nil, plannedTopicIDs: [], at: start)
    #expect(try lee.openTeachingSession() == nil)
    let leeSession = try lee.startTeachingSession(
      educatorName: "Lee", learnerIDs: [sam.id], bundleID: "sample-port", bundleVersion: "1.2.0",
      pathID: nil, plannedTopicIDs: [], at: start.addingTimeInterval(1))
    #expect(try pat.openTeachingSession()?.id == patSession.id)
    #expect(try lee.openTeachingSession()?.id == leeSession.id)
    // A session started at one desk can be ended at another.
    _ = try lee.endTeachingSession(patSession.id, at: start.addingTimeInterval(60))
    #expect(try pat.openTeachingSession() == nil)
    #expect(try pat.learners().map(\.name) == ["Sam"])
    // Those rights are enough for everything an educator does.
    let ana = try lee.addLearner(name: "Ana", role: .patient, pathID: nil)
    let context = RecordingContext(learnerID: ana.id, manifest: bundle.manifest)
    let question = bundle.questions[0]
    try lee.recordAnswer(
      Attempt(
        questionID: question.id, topicID: question.topicID, sectionID: question.sectionID,
        response: "a", isCorrect: true, tryNumber: 1, usedHint: false, isRedFlag: false,
        secondsTaken: 1, rating: .good, answeredAt: start), in: context)
    try lee.turnOnClinicMode(passphrase: "blue heron lake", at: start)
    try lee.setPIN("4821", learnerID: ana.id, at: start)
    #expect(try lee.checkSecret("4821", forLearnerNamed: "Ana", at: start) == .learnersPIN(ana))
    try lee.recordDemonstration(
      learnerID: ana.id, teachingSessionID: leeSession.id, bundleID: "sample-port",
      topicID: "care", passed: true, note: "", enteredBy: "Lee", at: start)
    try lee.addNote("ok", sessionID: leeSession.id, learnerID: nil, at: start)
    #expect(try lee.forgetAll(learnerID: ana.id) == 1)
    try lee.removeLearner(id: ana.id)
  }

  @Test func answersAreKeptOnceThroughDroppedConnections() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let address = try server.makeDatabase()
    let store = try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let context = RecordingContext(learnerID: ana.id, manifest: bundle.manifest)
    let question = bundle.questions[0]
    var acknowledged = 0
    for index in 0..<60 {
      if index % 7 == 3 { try server.terminateConnections(to: address.database) }
      let attempt = Attempt(
        questionID: question.id, topicID: question.topicID, sectionID: question.sectionID,
        response: "a", isCorrect: true, tryNumber: 1, usedHint: false, isRedFlag: false,
        secondsTaken: 1, rating: .good, answeredAt: start.addingTimeInterval(Double(index)))
      try store.recordAnswer(attempt, in: context)
      acknowledged += 1
    }
    #expect(try store.attempts(learnerID: ana.id, bundleID: "sample-port").count == acknowledged)
    #expect(
      try store.memoryStates(learnerID: ana.id, bundleID: "sample-port")[question.id]?.reviewCount
        == acknowledged)
  }
}
