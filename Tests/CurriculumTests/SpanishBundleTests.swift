import Foundation
import TestSupport
import Testing

@testable import Curriculum

/// A bundle in Spanish: its language is read from `bundle.yaml`, and search and readability
/// follow it.
@Suite struct SpanishBundleTests {
  let bundle: ContentBundle

  init() throws {
    bundle = try BundleLoader.load(from: RepositoryFiles.spanishFixtureBundle)
  }

  @Test func theLanguageIsRead() throws {
    #expect(bundle.manifest.language == .spanish)
    let english = try BundleLoader.load(
      from: TemporaryBundle.fixtures.appendingPathComponent("valid"))
    #expect(english.manifest.language == .english)
    #expect(english.manifest.id == bundle.manifest.id)
  }

  @Test func anUnknownLanguageIsAnErrorAtItsLine() throws {
    let folder = try TemporaryBundle()
    try folder.replace("language: en", with: "language: fr", in: "bundle.yaml")
    let error = #expect(throws: BundleLoadError.self) { try BundleLoader.load(from: folder.url) }
    let problem = try #require(error?.diagnostics.first { $0.message.contains("`language`") })
    #expect(problem.file == "bundle.yaml" && problem.line == 4)
    #expect(problem.message.contains("`en` (English) or `es` (Spanish)"))
  }

  @Test func aRegionalCodeIsItsLanguage() {
    #expect(Language(code: "es-US") == .spanish)
    #expect(Language(code: "es_MX.UTF-8") == .spanish)
    #expect(Language(code: "C") == nil)
  }

  @Test func theCacheKeepsTheLanguage() throws {
    let bytes = BundleCache.embeddedBytes(of: bundle)
    #expect(try BundleCache.bundle(embedded: bytes).manifest.language == .spanish)
  }

  @Test(
    arguments: [
      ("catéter", "cateter"), ("enjuagar", "enjuagando"), ("infección", "infecciones"),
      ("baño", "bañarse"), ("lavado", "lavar"), ("luz", "luces"), ("vena", "venas"),
    ])
  func spanishWordsMeetTheirRoot(_ one: String, _ other: String) {
    let stem = { (word: String) in
      SpanishStemmer.stem(
        word.lowercased().folding(options: [.diacriticInsensitive], locale: nil))
    }
    #expect(stem(one) == stem(other))
  }

  @Test func searchFindsSpanishForms() {
    let index = SearchIndex(bundle: bundle)
    #expect(index.search("lavando el puerto").first?.topicID == "care")
    #expect(index.search("¿qué es el catéter?").first?.topicID == "basics")
    #expect(index.search("fiebres").first?.sectionID == "when-to-call")
    // Stop words alone find nothing better than the rest: `que es un` is not a topic.
    #expect(index.search("venas").first?.topicID == "basics")
  }

  @Test(
    arguments: [
      ("casa", 2), ("puerto", 2), ("ciudad", 2), ("día", 2), ("leer", 2), ("queso", 2),
      ("guitarra", 3), ("pingüino", 3), ("agua", 2), ("muy", 1), ("y", 1), ("infección", 3),
      ("catéter", 3), ("baúl", 2), ("hoy", 1),
    ])
  func spanishSyllables(_ word: String, _ count: Int) {
    #expect(SpanishSyllableCounter.count(word) == count)
  }

  @Test func fernandezHuertaScoresSpanish() {
    let text = "El puerto está bajo la piel. Su enfermera lo lava una vez al mes."
    let score = ReadabilityScore(text: text, language: .spanish)
    #expect(score.words == 14 && score.sentences == 2)
    let expected =
      206.84 - 0.60 * Double(score.syllables) * 100 / 14 - 1.02 * 14 / 2
    #expect(abs(score.fernandezHuerta - expected) < 0.001)
    #expect(abs(score.grade - (13 - expected / 10)) < 0.001)
  }
}
