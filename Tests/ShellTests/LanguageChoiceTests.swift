import Curriculum
import Foundation
import LearnerStore
import Learning
import TestSupport
import Testing

@testable import Shell

/// Which language the shell speaks: `--lang`, then the learner's choice, then `LC_ALL`,
/// `LC_MESSAGES`, `LANG`; and the shell follows the learner when they change.
@Suite struct LanguageChoiceTests {
  static let english = try! BundleLoader.load(
    from: RepositoryFiles.root.appendingPathComponent("Tests/CurriculumTests/Fixtures/valid"))
  static let spanish = try! BundleLoader.load(from: RepositoryFiles.spanishFixtureBundle)

  @Test(
    arguments: [
      (nil, nil, [:], Language.english),
      (nil, nil, ["LANG": "es_US.UTF-8"], .spanish),
      (nil, nil, ["LANG": "es_US.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .english),
      (nil, nil, ["LANG": "en_US.UTF-8", "LC_MESSAGES": "es_MX.UTF-8"], .spanish),
      (nil, nil, ["LC_MESSAGES": "en_US", "LC_ALL": "es_ES.UTF-8"], .spanish),
      (nil, nil, ["LC_ALL": "", "LANG": "es"], .spanish),
      (nil, nil, ["LC_ALL": "C", "LANG": "es"], .english),
      (nil, nil, ["LANG": "POSIX"], .english),
      (nil, nil, ["LANG": "fr_FR.UTF-8"], .english),
      (nil, .spanish, ["LANG": "en_US.UTF-8"], .spanish),
      (nil, .english, ["LC_ALL": "es_US.UTF-8"], .english),
      (.english, .spanish, ["LC_ALL": "es_US.UTF-8"], .english),
      (.spanish, .english, [:], .spanish),
    ] as [(Language?, Language?, [String: String], Language)])
  func theOrderIsFlagLearnerLocale(
    _ flag: Language?, _ learner: Language?, _ environment: [String: String],
    _ expected: Language
  ) {
    let choice = LanguageChoice(flag: flag, environment: environment)
    #expect(choice.language(for: learner) == expected)
  }

  static func shelf() -> BundleShelf {
    BundleShelf(first: english, languages: [.english, .spanish], loader: { _ in spanish })
  }

  private func run(
    _ lines: [String], choice: LanguageChoice = LanguageChoice(), interactive: Bool = false
  ) throws -> (text: String, store: LearnerStore) {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let output = RecordingOutput()
    let shell = ShellSession(
      shelf: Self.shelf(), languageChoice: choice, output: output,
      reader: ScriptedLineReader(lines, transcript: output, interactive: interactive),
      store: store, starting: .guest)
    _ = shell.run()
    return (output.text, store)
  }

  @Test func aLearnerWhoChoosesSpanishIsTaughtInSpanishAndTheNextLearnerInTheirs() throws {
    let (text, store) = try run([
      "learner Ana parent", "learner language es", "topics", "learner Ben patient", "topics",
      "learner Ana", "topics",
    ])
    let parts = text.components(separatedBy: "Qué es un puerto")
    #expect(parts.count == 3, "Ana sees the Spanish titles twice")
    #expect(text.components(separatedBy: "What a port is").count == 2, "Ben sees English")
    #expect(try store.learner(named: "Ana")?.language == .spanish)
    #expect(try store.learner(named: "Ben")?.language == nil)
  }

  @Test func anEducatorSetsAnotherLearnersLanguage() throws {
    let (text, store) = try run([
      "learner Ana parent", "learner Ben patient", "learner Ana language es", "learner Ana",
      "topics",
    ])
    #expect(text.contains("Ana will learn in Spanish."))
    #expect(text.contains("Qué es un puerto"))
    #expect(try store.learner(named: "Ana")?.language == .spanish)
  }

  @Test func theFlagHoldsWhoeverIsLearning() throws {
    let (text, store) = try run(
      ["learner Ana parent", "learner language es", "topics"],
      choice: LanguageChoice(flag: .english))
    #expect(!text.contains("Qué es un puerto") && text.contains("What a port is"))
    #expect(try store.learner(named: "Ana")?.language == .spanish)
  }

  @Test func aSpanishRecordingSaysSo() throws {
    let (_, store) = try run(
      ["learner Ana parent", "learner language es", "read basics"],
      choice: LanguageChoice(locale: .english))
    let ana = try #require(try store.learner(named: "Ana"))
    let events = try store.history(learnerID: ana.id)
    #expect(!events.isEmpty && events.allSatisfy { $0.language == .spanish })
  }

  @Test func aScriptIsNeverAskedAndAPersonIsAskedOnce() throws {
    let (script, _) = try run(["learner Ana parent"])
    #expect(!script.contains("¿En qué idioma"))
    let (typed, store) = try run(
      ["learner Ana parent", "2", "learner Ben patient", "", "learner Ana"], interactive: true)
    #expect(typed.components(separatedBy: "¿En qué idioma").count == 3, "once each, not again")
    #expect(try store.learner(named: "Ana")?.language == .spanish)
    #expect(try store.learner(named: "Ben")?.language == .english)
  }

  @Test(
    arguments: [
      ("2", Language.spanish), ("es", .spanish), ("Español", .spanish), ("espanol", .spanish),
      ("1", .english), ("English", .english), ("inglés", .english),
    ])
  func languageAnswers(_ typed: String, _ expected: Language) {
    #expect(LanguageQuestion.language(in: typed, numbered: [.english, .spanish]) == expected)
  }
}

/// The first run at a terminal, when the program has its bundle in two languages: the language
/// is asked first, in both, so the questions after it can be in the one chosen, and it is kept.
@Suite struct FirstRunLanguageTests {
  private func firstRun(_ lines: [String], locale: Language = .english) throws
    -> (text: String, learners: [Learner])
  {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let starting = try StartingLearner.choose(named: nil, in: store, canAsk: true, at: Date())
    let output = RecordingOutput()
    _ = ShellSession(
      shelf: LanguageChoiceTests.shelf(), languageChoice: LanguageChoice(locale: locale),
      output: output,
      reader: ScriptedLineReader(lines, transcript: output, interactive: true), store: store,
      starting: starting
    ).run()
    return (output.text, try store.learners())
  }

  @Test func theLanguageIsAskedFirstAndKept() throws {
    let (text, learners) = try firstRun(["2", "Ana", "parent", "topics", "quit"])
    let asked = try #require(text.range(of: "¿En qué idioma quiere aprender?"))
    let name = try #require(text.range(of: "¿Qué nombre quiere que use para usted?"))
    #expect(asked.lowerBound < name.lowerBound)
    #expect(learners.map(\.name) == ["Ana"] && learners[0].language == .spanish)
    #expect(text.contains("Qué es un puerto"))
  }

  @Test func enterKeepsTheLocalesLanguage() throws {
    let (_, learners) = try firstRun(["", "Ana", "parent", "quit"], locale: .spanish)
    #expect(learners[0].language == .spanish)
  }
}

/// A teaching session is taught in its first learner's language, and says so in the store.
@Suite struct SessionLanguageTests {
  @Test func aSessionWithASpanishSpeakingParentIsInSpanish() throws {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let ana = try store.addLearner(name: "Ana", role: .caregiver, pathID: nil)
    try store.setLanguage(.spanish, learnerID: ana.id)
    let output = RecordingOutput()
    let lines = [
      "session start", "Ada Okafor, RN", "Ana parent", "", "", "", "home-care", "read care",
      "session end",
    ]
    _ = ShellSession(
      shelf: LanguageChoiceTests.shelf(), output: output,
      reader: ScriptedLineReader(lines, transcript: output), store: store, starting: .nobody
    ).run()
    #expect(try store.teachingSession(id: 1)?.language == .spanish, "\(output.text)")
    #expect(output.text.contains("El cuidado de su puerto"))
    let events = try store.history(learnerID: ana.id)
    #expect(!events.isEmpty && events.allSatisfy { $0.language == .spanish })
  }
}
