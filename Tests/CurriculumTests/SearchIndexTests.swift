import Foundation
import TestSupport
import Testing

@testable import Curriculum

@Suite("Search")
struct SearchIndexTests {
  static func topic(
    _ id: String, _ title: String, keywords: [String] = [], summary: String = "",
    introduction: String? = nil, sections: [(String, String, String)]
  ) -> Topic {
    Topic(
      id: id, title: title, summary: summary, audiences: [], keywords: keywords, related: [],
      introduction: introduction.map { Section(id: "", title: title, markdown: $0, line: 5) },
      sections: sections.map { Section(id: $0.0, title: $0.1, markdown: $0.2, line: 10) },
      file: "topics/\(id).md")
  }

  static let bundle = ContentBundle(
    manifest: Manifest(
      id: "b", title: "B", version: "1", language: .english, audiences: [], sources: [],
      disclaimer: "", topicOrder: ["care", "risks", "daily"], paths: [], warningSigns: [],
      emergencyAdvice: "", careTeamPlaceholder: "", synonyms: [], readingGradeTarget: 8),
    topics: [
      topic(
        "care", "Flushing and everyday care", keywords: ["rinse"],
        summary: "The port needs a flush once a month.",
        sections: [
          (
            "monthly-flush", "The monthly flush",
            "To flush a port means to rinse it out with a special liquid. It needs a flush once a month."
          ),
          (
            "skin-care", "Everyday skin care",
            "Once the cut has healed, the skin over the port needs no special care."
          ),
        ]),
      topic(
        "risks", "Risks", introduction: "Problems are rare.",
        sections: [
          (
            "infection", "Infection",
            "An infection can cause a fever. Flushing the line the right way lowers the chance of "
              + "infection. Call your care team if you have a fever, chills, or if the skin over "
              + "the port is red, swollen or warm. An infection needs treatment quickly, so do not "
              + "wait to see if it goes away on its own."
          ),
          ("clots", "Blood clots", "A blood clot can block the catheter."),
        ]),
      topic(
        "daily", "Daily life", sections: [("cafe", "Café visits", "You can visit a café as usual.")]
      ),
    ], questions: [])

  let index = SearchIndex(bundle: bundle)

  @Test func findsWordsByTheirStem() {
    for query in ["flush", "flushing", "Flushed", "FLUSHES"] {
      let hits = index.search(query, limit: 3)
      #expect(hits.first?.address == "care#monthly-flush", "query \(query)")
    }
  }

  @Test(arguments: [
    ("flushes", "flush"), ("flushing", "flush"), ("flushed", "flush"), ("bodies", "body"),
    ("making", "mak"), ("make", "mak"), ("infection", "infect"), ("infected", "infect"),
    ("removal", "remov"), ("remove", "remov"), ("clots", "clot"), ("stopping", "stop"),
    ("bleeding", "bleed"), ("port", "port"), ("lotion", "lotion"), ("is", "is"),
  ])
  func stems(_ word: String, _ stem: String) {
    #expect(Stemmer.stem(word) == stem)
  }

  @Test func ranksTitleMatchesAboveBodyMentions() {
    let hits = index.search("infection", limit: 5)
    #expect(hits.map(\.address).first == "risks#infection")
    #expect(hits.count == 1)
  }

  @Test func prefersPlacesThatMatchEveryWord() {
    let hits = index.search("flush fever", limit: 5)
    #expect(hits.first?.address == "risks#infection")
  }

  @Test func matchesBeginningsOfLongerWords() {
    #expect(index.search("cath", limit: 3).first?.address == "risks#clots")
  }

  @Test func foldsCaseAndDiacritics() {
    #expect(index.search("cafe", limit: 1).first?.address == "daily#cafe")
    #expect(index.search("CAFÉ", limit: 1).first?.address == "daily#cafe")
  }

  @Test func findsTheTopicItselfForKeywordsAndIntroduction() {
    #expect(index.search("rare problems", limit: 1).first?.address == "risks")
    #expect(index.search("rare problems", limit: 1).first?.sectionID == nil)
    #expect(index.search("rinse", limit: 5).map(\.address).contains("care"))
  }

  @Test func ignoresStopWordsUnlessThatIsAll() {
    #expect(index.search("what is a blood clot", limit: 1).first?.address == "risks#clots")
    #expect(index.search("", limit: 5) == [])
    #expect(index.search("  ?!  ", limit: 5) == [])
    #expect(index.search("flush", limit: 0) == [])
    #expect(index.search("zebra", limit: 5) == [])
  }

  @Test func respectsTheLimitAndOrdersByScore() {
    let hits = index.search("port", limit: 2)
    #expect(hits.count == 2)
    #expect(hits[0].score >= hits[1].score)
  }

  @Test func cutsSnippetsAroundTheMatchAtWholeWords() throws {
    let hit = try #require(index.search("wait", limit: 1).first)
    #expect(hit.address == "risks#infection")
    #expect(hit.snippet.hasPrefix("…"))
    #expect(!hit.snippet.hasSuffix("…"))
    #expect(hit.snippet.count <= SearchIndex.snippetLength + 2)
    #expect(!hit.snippet.contains("\n"))
    let words = hit.snippet.dropFirst().split(separator: " ")
    let source =
      "An infection can cause a fever. Flushing the line the right way lowers the chance of infection. Call your care team if you have a fever, chills, or if the skin over the port is red, swollen or warm. An infection needs treatment quickly, so do not wait to see if it goes away on its own."
    #expect(words.allSatisfy { source.split(separator: " ").contains($0) })
    let highlighted = hit.highlightRanges.map { String(hit.snippet[$0]) }
    #expect(highlighted == ["wait"])
  }

  @Test func highlightsEveryMatchedWordInTheSnippet() throws {
    let hit = try #require(index.search("flushing", limit: 1).first)
    #expect(
      hit.snippet
        == "To flush a port means to rinse it out with a special liquid. It needs a flush once a month."
    )
    #expect(hit.highlights == [3..<8, 72..<77])
    #expect(hit.highlightRanges.map { String(hit.snippet[$0]) } == ["flush", "flush"])
  }

  @Test func snippetsAreSanitised() throws {
    let bundle = ContentBundle(
      manifest: Self.bundle.manifest,
      topics: [
        Self.topic("x", "X", sections: [("s", "S", "Bell\u{7} and \u{1B}[31mred\u{1B}[0m text")])
      ],
      questions: [])
    let hit = try #require(SearchIndex(bundle: bundle).search("bell", limit: 1).first)
    #expect(!hit.snippet.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test func suggestsCloseWordsForTypos() {
    #expect(index.suggestions(for: "infektion").first == "infection")
    #expect(index.suggestions(for: "flsuh").first == "flush")
    #expect(index.suggestions(for: "catheterr") == ["catheter"])
    #expect(index.suggestions(for: "flush") == [])
    #expect(index.suggestions(for: "qqqqqqq") == [])
  }

  @Test func indexesTheFixtureBundle() throws {
    let bundle = try BundleLoader.load(
      from: TemporaryBundle.fixtures.appendingPathComponent("valid"))
    let hits = SearchIndex(bundle: bundle).search("how often do I flush", limit: 3)
    #expect(hits.first?.address == "care#monthly-flush")
  }
}

/// Search in people's words: synonyms from the manifest, stems without false beginnings, and
/// "did you mean" only for a word that is not real and finds nothing.
@Suite("Search in people's words")
struct SearchWordsTests {
  static let bundle = ContentBundle(
    manifest: Manifest(
      id: "b", title: "B", version: "1", language: .english, audiences: [], sources: [],
      disclaimer: "", topicOrder: ["life", "placement"], paths: [], warningSigns: [],
      emergencyAdvice: "", careTeamPlaceholder: "",
      synonyms: [
        ["bath", "shower", "swim"], ["pain", "hurt", "sore", "ache"], ["catheter", "tube"],
      ],
      readingGradeTarget: 8),
    topics: [
      SearchIndexTests.topic(
        "life", "Living with a port",
        sections: [
          ("bathing", "Bathing", "Once the cut heals, you can take a bath as usual."),
          ("count", "Counting flushes", "Write the number of each flush on your calendar."),
        ]),
      SearchIndexTests.topic(
        "placement", "Placement day",
        sections: [
          ("numbing", "Numbing", "A numbing cream is put on the skin first."),
          ("after", "Afterwards", "The spot may be sore for a few days. The catheter stays in."),
        ]),
    ], questions: [])

  let index = SearchIndex(bundle: bundle)

  @Test(arguments: [
    ("can i shower", "life#bathing"), ("shower", "life#bathing"), ("swimming", "life#bathing"),
    ("will it hurt", "placement#after"), ("pain", "placement#after"),
    ("numb", "placement#numbing"), ("tube", "placement#after"),
  ])
  func findsPlacesInPeoplesWords(query: String, address: String) {
    #expect(index.search(query, limit: 3).first?.address == address, "\(query)")
  }

  @Test func aRealWordDoesNotMatchLongerWordsItBegins() {
    #expect(!index.search("numb", limit: 5).map(\.address).contains("life#count"))
    #expect(index.search("numb", limit: 5).count == 1)
    #expect(index.search("cath", limit: 1).first?.address == "placement#after")
  }

  @Test(arguments: ["shower", "bath", "power", "cath", "numb", "hurt", "number"])
  func noDidYouMeanForARealWordOrOneThatMatches(word: String) {
    #expect(index.suggestions(for: word).isEmpty, "\(word)")
  }

  @Test func didYouMeanForATypoThatFindsNothing() {
    #expect(index.suggestions(for: "calandar").first == "calendar")
    #expect(index.suggestions(for: "numbign").first == "numbing")
  }

  @Test func theShippedBundleFindsNumbNotNumberAndSuggestsNothingForRealWords() throws {
    let index = SearchIndex(bundle: try ImplantedPortBundle.load())
    let hits = index.search("numb", limit: 10)
    #expect(!hits.isEmpty)
    #expect(!hits.contains { $0.topicID == "when-to-call" }, "“number” is not “numb”")
    for word in ["bath", "shower", "can", "hurt", "scared"] {
      #expect(index.suggestions(for: word).isEmpty, "\(word)")
    }
    #expect(index.suggestions(for: "catheterr") == ["catheter"])
  }
}
