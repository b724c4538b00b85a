import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Shell
import TestSupport
import Testing

/// The shell in Spanish on the shipped bundles (English and Spanish, as built in), compared
/// with golden transcripts named `es-…`: the greeting and first questions, help, a quiz's
/// feedback, the when-to-call check.
@Suite struct SpanishShellWordsTests {
  /// 2026-03-02 09:00 UTC, as in `TranscriptTests`.
  static let start = Date(timeIntervalSince1970: 1_772_442_000)

  private func run(
    _ lines: [String], interactive: Bool, learner: String? = nil,
    settings: LocalSettings = LocalSettings()
  ) throws -> String {
    let folder = try TemporaryFolder()
    let bundle = try ImplantedPortBundle.load()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    if let learner {
      let added = try store.addLearner(name: learner, role: .caregiver, pathID: nil)
      _ = try store.markUsed(learnerID: added.id, at: Self.start)
    }
    let starting = try StartingLearner.choose(
      named: nil, in: store, canAsk: interactive, at: Self.start)
    let output = RecordingOutput()
    let reader = ScriptedLineReader(lines, transcript: output, interactive: interactive)
    let ticks = Ticker(start: Self.start)
    let spanish = try SpanishImplantedPortBundle.load()
    let shell = ShellSession(
      shelf: BundleShelf(first: bundle, languages: [.english, .spanish]) { _ in spanish },
      languageChoice: LanguageChoice(flag: .spanish), output: output, reader: reader,
      store: store, starting: starting, settings: settings, clock: { ticks.next() },
      makeSeed: { 42 })
    _ = shell.run()
    return output.text
  }

  /// The first run at a terminal: name and role asked and answered in Spanish.
  @Test func theFirstRun() throws {
    let text = try run(["Me llamo María", "soy la madre", "learner"], interactive: true)
    #expect(text.contains("Hola, María."))
    #expect(!text.contains("What name"))
    Snapshot.assertMatches(text, named: "es-first-run")
  }

  @Test func help() throws {
    let text = try run(["help", "help read", "help quiz", "help lern"], interactive: false)
    #expect(text.contains("Comandos") && text.contains("`read` — ") == false)
    Snapshot.assertMatches(text, named: "es-help")
  }

  /// A quiz's feedback: a miss, a hint, a skip, an answer that cannot be read, a right one.
  @Test func aQuizsFeedback() throws {
    let text = try run(
      ["quiz parts", "a", "hint", "b", "skip", "zz", "c", "1 2", "catheter", "stop", "progress"],
      interactive: false, learner: "Ana")
    #expect(text.contains("Prueba terminada"))
    Snapshot.assertMatches(text, named: "es-quiz-feedback")
  }

  /// The when-to-call check answered in Spanish: `no`, `no sé` (a reason to call), `sí`.
  @Test func theWhenToCallCheck() throws {
    var settings = LocalSettings()
    settings["contact.emergency"] = "911"
    settings["contact.phone"] = "555 0100"
    let answers = ["no", "no", "no", "no sé", "sí"] + Array(repeating: "no", count: 6)
    let text = try run(["call"] + answers, interactive: false, learner: "Ana", settings: settings)
    #expect(text.contains("Llame ahora a su equipo médico"))
    Snapshot.assertMatches(text, named: "es-when-to-call")
  }
}
