import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Shell
import TestSupport
import Testing

/// A learner who chose Spanish, on the Spanish fixture bundle beside its English twin: reading,
/// a quiz answered with and without accents, and questions typed at the prompt in Spanish.
/// The shell's words, the content, the grading and the search are all Spanish.
@Suite struct SpanishTranscriptTests {
  static let start = Date(timeIntervalSince1970: 1_772_442_000)

  private func transcript(_ lines: [String]) throws -> (text: String, store: LearnerStore) {
    let english = try BundleLoader.load(
      from: RepositoryFiles.root.appendingPathComponent("Tests/CurriculumTests/Fixtures/valid"))
    let spanish = try BundleLoader.load(from: RepositoryFiles.spanishFixtureBundle)
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let ana = try store.addLearner(name: "Ana", role: .caregiver, pathID: nil)
    try store.setLanguage(.spanish, learnerID: ana.id)
    let output = RecordingOutput(width: 80, style: .monochrome)
    let ticks = Ticker(start: Self.start)
    let shell = ShellSession(
      shelf: BundleShelf(first: english, languages: [.english, .spanish]) { _ in spanish },
      output: output, reader: ScriptedLineReader(lines, transcript: output), store: store,
      starting: .open(try #require(try store.learner(named: "Ana"))),
      clock: { ticks.next() }, makeSeed: { 42 })
    _ = shell.run()
    return (output.text, store)
  }

  @Test func readingAndAQuizInSpanish() throws {
    let (text, store) = try transcript([
      "topics", "read basics", "next", "quiz basics", "bajo la piel", "verdadero", "no sé",
      "a b", "el catéter", "search lavando", "¿puedo lavar el puerto?", "tengo miedo", "no sé",
    ])
    Snapshot.assertMatches(text, named: "spanish-reading-and-quiz")
    let ana = try #require(try store.learner(named: "Ana"))
    #expect(try store.history(learnerID: ana.id).allSatisfy { $0.language == .spanish })
  }
}
