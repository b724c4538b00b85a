import Curriculum
import Foundation
import Markdown
import Shell
import TestSupport
import Testing

/// The message catalogues (the shell's, and the handouts' and records'): every language has
/// every message with the same placeholders, the generated Swift is the catalogues' own, and
/// counts choose the right form.
@Suite struct MessageCatalogueTests {
  /// Each target's catalogue folder, its generated enum, and the file it is generated into.
  static let targets = [
    (
      "Sources/Shell/Catalogues", "ShellMessage", "Sources/Shell/Words/ShellMessage+Generated.swift"
    ),
    (
      "Sources/Reports/Catalogues", "RecordMessage",
      "Sources/Reports/Words/RecordMessage+Generated.swift"
    ),
  ]

  @Test(arguments: targets)
  func englishAndSpanishHaveTheSameMessages(folder: String, typeName: String, file: String)
    throws
  {
    let catalogues = try MessageCatalogue.load(
      from: RepositoryFiles.root.appendingPathComponent(folder))
    #expect(catalogues.map(\.language) == ["en", "es"])
    #expect(MessageCatalogue.mismatches(catalogues) == [])
  }

  /// Re-record with `RECORD_SNAPSHOTS=1` (or run scripts/generate-messages.sh).
  @Test(arguments: targets)
  func theGeneratedSwiftIsUpToDate(folder: String, typeName: String, file: String) throws {
    let catalogues = try MessageCatalogue.load(
      from: RepositoryFiles.root.appendingPathComponent(folder))
    let source = MessageCatalogue.swiftSource(for: catalogues, typeName: typeName, origin: folder)
    let generated = RepositoryFiles.root.appendingPathComponent(file)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try source.write(to: generated, atomically: true, encoding: .utf8)
      return
    }
    let checkedIn = try String(contentsOf: generated, encoding: .utf8)
    #expect(checkedIn == source, "\(file) is out of date: run scripts/generate-messages.sh")
  }

  @Test func aMessageInOneLanguageOnlyIsFound() throws {
    let english = try MessageCatalogue.parse(
      "hello = Hello, {name}.\nbye = Goodbye.\n", language: "en", file: "en.messages")
    let spanish = try MessageCatalogue.parse(
      "hello = Hola.\nlater = Hasta luego.\n", language: "es", file: "es.messages")
    #expect(
      MessageCatalogue.mismatches([english, spanish]) == [
        "`bye` is in en but not in es",
        "`hello` has {name} in en but {} in es",
        "`later` is in es but not in en",
      ])
  }

  @Test func aMessagePluralInOneLanguageOnlyIsFound() throws {
    let english = try MessageCatalogue.parse(
      "due.one = {count} is due\ndue.other = {count} are due\n", language: "en", file: "en")
    let spanish = try MessageCatalogue.parse(
      "due = {count} pendientes\n", language: "es", file: "es")
    #expect(MessageCatalogue.mismatches([english, spanish]) == ["`due` is plural in en only"])
  }

  @Test(arguments: [
    ("due.one = one\n", "`due` has no `.other`"),
    ("due.few = a few\n", "`.few` is not a plural category (use .one or .other)"),
    ("Due = x\n", "`Due` is not a key"),
    ("hello = Hi {na me}\n", "`{na me}` is not a placeholder"),
    ("hello = Hi }\n", "a `}` closes nothing (write `\\}`)"),
    ("hello = a\nhello = b\n", "`hello` is written twice"),
    ("    | more\n", "a `|` line continues nothing"),
    ("just words\n", "expected `key = text`"),
  ])
  func aCatalogueWrittenWrongIsRefused(text: String, problem: String) {
    #expect(throws: MessageCatalogue.Problem.self) {
      try MessageCatalogue.parse(text, language: "en", file: "en.messages")
    }
    do {
      _ = try MessageCatalogue.parse(text, language: "en", file: "en.messages")
    } catch {
      #expect(error.message == problem)
    }
  }

  @Test func quotesKeepSpacesAndBarsContinueALine() throws {
    let catalogue = try MessageCatalogue.parse(
      "prompt = \"name> \"\nhelp = First,\n    |   indented\n    | last \\{x\\}\n",
      language: "en", file: "en.messages")
    #expect(
      catalogue.messages.map(\.variants) == [
        ["": [.text("name> ")]], ["": [.text("First,\n  indented\nlast {x}")]],
      ])
  }

  @Test(arguments: [
    (0, Language.english, "in 0 days"), (1, .english, "in 1 day"), (2, .english, "in 2 days"),
    (0, .spanish, "en 0 días"), (1, .spanish, "en 1 día"), (5, .spanish, "en 5 días"),
  ])
  func aCountChoosesItsPluralForm(count: Int, language: Language, words: String) {
    #expect(PluralCategory(count, in: language) == (count == 1 ? .one : .other))
    #expect(ShellMessage.comesBackInDays(count: count).text(in: language).plainText == words)
  }

  @Test func placeholdersAreFilledInEachLanguage() {
    let name = StyledText("Ana", role: .strong)
    #expect(
      ShellMessage.firstRunHello(name: name).text(in: .spanish).plainText
        == "Hola, Ana. Su progreso se guarda en esta computadora.")
    #expect(
      ShellMessage.firstRunHello(name: name).text(in: .english).plainText
        == "Hello, Ana. Your progress is saved on this computer.")
  }
}
