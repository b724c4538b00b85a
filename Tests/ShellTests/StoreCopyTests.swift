import ClinicStore
import Foundation
import LearnerStore
import Learning
import TestSupport
import Testing

/// `teachback store copy`: a file with every kind of record, copied to the clinic's server and
/// read back through the store, field by field; a second copy adds nothing.
@Suite(.tags(.slow)) struct StoreCopyTests {
  let bundle = SampleBundle.make()
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  private func fillFile(_ store: SQLiteLearnerStore) throws {
    let sam = try store.addLearner(name: "Sam", role: .patient, pathID: "before-surgery")
    let mom = try store.addLearner(name: "Mom", role: .caregiver, pathID: "at-home")
    _ = try store.addLearner(name: "Guest", role: .patient, pathID: nil)
    try store.markUsed(learnerID: sam.id, at: start)
    let session = try store.startTeachingSession(
      educatorName: "Pat RN", learnerIDs: [sam.id, mom.id], bundleID: "sample-port",
      bundleVersion: "1.2.0", pathID: "before-surgery", plannedTopicIDs: ["about", "care"],
      relationships: [mom.id: .parent], at: start)
    let context = RecordingContext(
      learnerID: sam.id, manifest: bundle.manifest, teachingSessionID: session.id)
    try store.recordTopicOpened("about", in: context, at: start + 1)
    try store.recordSectionRead(
      SectionKey(topicID: "about", sectionID: "what"), in: context, at: start + 2)
    for (index, question) in bundle.questions.enumerated() {
      try store.recordAnswer(
        Attempt(
          questionID: question.id, topicID: question.topicID, sectionID: question.sectionID,
          response: "answer \(index) “quoted”", isCorrect: index % 2 == 0, tryNumber: 1 + index % 3,
          usedHint: index % 3 == 0, isRedFlag: question.isRedFlag,
          secondsTaken: 1.25 * Double(index), rating: ReviewRating.allCases[index % 4],
          answeredAt: start + 10 + Double(index), didNotKnow: index == 4,
          chosenChoices: index == 3 ? [0, 1, 3] : nil), in: context)
    }
    try store.setLanguage(.spanish, learnerID: mom.id)
    try store.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "flushing"),
      in: RecordingContext(learnerID: mom.id, manifest: bundle.manifest, language: .spanish),
      at: start + 30)
    try store.addNote("needs glasses", sessionID: session.id, learnerID: sam.id, at: start + 40)
    try store.addNote("prefers Spanish", sessionID: session.id, learnerID: nil, at: start + 41)
    try store.addIdentity(
      PatientIdentity(
        mrn: "12345", mrnSystem: "City Hospital", birthDate: "2015-04-01", enteredBy: "Pat RN",
        enteredAt: start + 42), learnerID: sam.id)
    let demo = try store.recordDemonstration(
      learnerID: sam.id, teachingSessionID: session.id, bundleID: "sample-port", topicID: "care",
      passed: false, note: "missed a step", enteredBy: "Pat RN", at: start + 43)
    try store.recordDemonstration(
      learnerID: sam.id, teachingSessionID: session.id, bundleID: "sample-port", topicID: "care",
      passed: true, note: "all steps", enteredBy: "Pat RN", at: start + 44, replacing: demo.id)
    _ = try store.endTeachingSession(session.id, at: start + 50)
    let spanish = try store.startTeachingSession(
      educatorName: "Pat RN", learnerIDs: [mom.id], bundleID: "sample-port",
      bundleVersion: "1.2.0", pathID: nil, plannedTopicIDs: ["care"], language: .spanish,
      at: start + 51)
    _ = try store.endTeachingSession(spanish.id, at: start + 52)
    try store.turnOnClinicMode(passphrase: "blue heron lake", at: start + 60)
    try store.setPIN("4821", learnerID: sam.id, at: start + 61)
    _ = try store.checkSecret("0000", forLearnerNamed: "Sam", at: start + 62)
  }

  @Test func copiesEveryRecordAndTwiceAddsNothing() throws {
    guard let server = try TestPostgresServer.forTest() else { return }
    let folder = try TemporaryFolder()
    let path = folder.path("progress.sqlite")
    let file = try SQLiteLearnerStore(path: path)
    try fillFile(file)
    let address = try server.makeDatabase()
    let passwords = folder.path("pgpass")
    try "*:*:*:*:\(TestPostgresServer.password)\n".write(
      toFile: passwords, atomically: true, encoding: .utf8)
    chmod(passwords, 0o600)
    let url =
      "postgres://\(address.user)@127.0.0.1:\(address.port)/\(address.database)?sslmode=disable"
    let teachback = try #require(BuiltProgram(named: "teachback"))
    let first = try teachback.run(
      ["store", "copy", "--from", path, "--to", url], in: folder,
      environment: ["PGPASSFILE": passwords])
    #expect(first.status == 0, "\(first.errors)")
    #expect(first.output.contains("3 learners"), "\(first.output)")
    let second = try teachback.run(
      ["store", "copy", "--from", path, "--to", url], in: folder,
      environment: ["PGPASSFILE": passwords])
    #expect(second.status == 0, "\(second.errors)")
    #expect(
      second.output.contains("0 learners, 0 events and 0 other records"), "\(second.output)")

    let clinic = try PostgresLearnerStore(address: address, password: TestPostgresServer.password)
    #expect(try clinic.learners() == file.learners())
    for learner in try file.learners() {
      #expect(
        try clinic.history(learnerID: learner.id, limit: 1_000)
          == file.history(learnerID: learner.id, limit: 1_000))
      #expect(
        try clinic.attempts(learnerID: learner.id, bundleID: "sample-port")
          == file.attempts(learnerID: learner.id, bundleID: "sample-port"))
      #expect(
        try clinic.memoryStates(learnerID: learner.id, bundleID: "sample-port")
          == file.memoryStates(learnerID: learner.id, bundleID: "sample-port"))
      #expect(try clinic.notes(learnerID: learner.id) == file.notes(learnerID: learner.id))
      #expect(
        try clinic.identityHistory(learnerID: learner.id)
          == file.identityHistory(learnerID: learner.id))
      #expect(
        try clinic.demonstrations(learnerID: learner.id, bundleID: "sample-port")
          == file.demonstrations(learnerID: learner.id, bundleID: "sample-port"))
      #expect(
        try clinic.accessEvents(learnerID: learner.id) == file.accessEvents(learnerID: learner.id))
      #expect(try clinic.hasPIN(learnerID: learner.id) == file.hasPIN(learnerID: learner.id))
      #expect(
        try clinic.relationship(ofLearner: learner.id) == file.relationship(ofLearner: learner.id))
    }
    #expect(try clinic.teachingSessions(limit: 10) == file.teachingSessions(limit: 10))
    #expect(try clinic.accessEvents(learnerID: nil) == file.accessEvents(learnerID: nil))
    #expect(try clinic.accessMode() == .clinic)
    let uuids = try server.sql(
      "SELECT string_agg(event_uuid::text, ',' ORDER BY id) FROM event", database: address.database)
    let fileUUIDs = try file.export().events.map { $0.uuid.uuidString.lowercased() }
    #expect(
      uuids.trimmingCharacters(in: .whitespacesAndNewlines) == fileUUIDs.joined(separator: ","))
    // What is added at the clinic afterwards gets new numbers.
    let added = try clinic.addLearner(name: "New", role: .patient, pathID: nil)
    #expect(try added.id > file.learners().map(\.id).max()!)
  }
}
