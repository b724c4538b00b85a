import Curriculum
import Foundation
import GRDB
import Learning
import TestSupport
import Testing

@testable import LearnerStore

/// The language a learner chose, and the language each event and teaching session happened in,
/// kept by `addLanguageToLearnerEventAndTeachingSession`; an older store opens with everything
/// in English and nobody's choice made.
@Suite struct LanguageStoreTests {
  let folder: TemporaryFolder
  let path: String
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    path = folder.path("languages.sqlite")
  }

  @Test func anOlderStoreOpensInEnglishWithNoChoiceMade() throws {
    let old = try SQLiteLearnerStore(path: path, model: FSRS(), migrateUpTo: "createAccessControl")
    let ana = try old.addLearner(name: "Ana", role: .caregiver, pathID: nil)
    let context = RecordingContext(learnerID: ana.id, bundleID: "port", bundleVersion: "1")
    try old.recordSectionRead(
      SectionKey(topicID: "care", sectionID: "flushing"), in: context, at: start)
    let session = try old.startTeachingSession(
      educatorName: "Ada", learnerIDs: [ana.id], bundleID: "port", bundleVersion: "1",
      pathID: nil, plannedTopicIDs: ["care"], at: start + 10)
    try old.close()

    let upgraded = try SQLiteLearnerStore(path: path)
    let learner = try #require(try upgraded.learner(named: "Ana"))
    #expect(learner.language == nil)
    #expect(try upgraded.history(learnerID: learner.id).map(\.language) == [.english])
    #expect(try upgraded.openTeachingSession()?.language == .english)
    #expect(try upgraded.openTeachingSession()?.id == session.id)
  }

  @Test func aChoiceAndSpanishEventsAreKept() throws {
    let store = try SQLiteLearnerStore(path: path)
    let ana = try store.addLearner(name: "Ana", role: .caregiver, pathID: nil)
    try store.setLanguage(.spanish, learnerID: ana.id)
    #expect(try store.learner(named: "Ana")?.language == .spanish)
    let session = try store.startTeachingSession(
      educatorName: "Ada", learnerIDs: [ana.id], bundleID: "port", bundleVersion: "1",
      pathID: nil, plannedTopicIDs: [], language: .spanish, at: start)
    #expect(session.language == .spanish)
    #expect(try store.openTeachingSession()?.language == .spanish)
    let spanish = RecordingContext(
      learnerID: ana.id, bundleID: "port", bundleVersion: "1", teachingSessionID: session.id,
      language: .spanish)
    try store.recordTopicOpened("care", in: spanish, at: start + 1)
    var english = spanish
    english.language = .english
    try store.recordTopicOpened("care", in: english, at: start + 2)
    #expect(try store.history(learnerID: ana.id).map(\.language) == [.english, .spanish])
    try store.setLanguage(nil, learnerID: ana.id)
    #expect(try store.learner(named: "Ana")?.language == nil)
  }

  @Test func aLanguageTheProgramDoesNotSpeakIsDamage() throws {
    let store = try SQLiteLearnerStore(path: path)
    let ana = try store.addLearner(name: "Ana", role: .caregiver, pathID: nil)
    try store.database.write { db in
      try db.execute(sql: "UPDATE learner SET language = 'xx' WHERE id = ?", arguments: [ana.id])
    }
    #expect(throws: (any Error).self) { try store.learner(named: "Ana") }
  }
}
