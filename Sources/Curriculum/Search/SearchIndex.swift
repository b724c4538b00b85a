import Foundation
import Markdown

/// Full-text search over a bundle's topics and sections, built once and then read-only.
///
/// Each section is a document (and each topic's title, summary, keywords and introduction one
/// more), ranked with BM25 over word stems: words in titles count three times, keywords twice.
/// A query word also matches the one-word members of its synonym group in the manifest
/// ("shower" finds "bath" when a group holds both) at a lower weight, and a query word of three
/// letters or more that is not a real English word also matches longer words it begins ("cath"
/// finds "catheter"); a real word never does ("numb" finds "numbing", not "number").
/// Documents matching more of the query's words rank higher.
package struct SearchIndex: Sendable {
  private struct Document: Sendable {
    var topicID: String
    var sectionID: String?
    var title: String
    /// The text snippets are cut from: one line, sanitised.
    var text: String
    var length: Double
  }

  private struct Posting: Sendable {
    var document: Int
    var weight: Double
  }

  private static let titleWeight = 3.0
  private static let keywordWeight = 2.0
  private static let prefixFactor = 0.6
  private static let synonymFactor = 0.8
  private static let k1 = 1.2
  private static let b = 0.75
  package static let snippetLength = 160

  private let documents: [Document]
  private let postings: [String: [Posting]]
  /// Every stem, sorted, for prefix matching.
  private let stems: [String]
  private let averageLength: Double
  /// Every word seen (folded, not stemmed) with how often, for "did you mean".
  private let vocabulary: [String: Int]
  /// Stem → the stems of the other one-word members of its synonym groups.
  private let synonymStems: [String: [String]]
  /// The bundle's language: its stems, stop words and real words.
  private let language: Language

  package init(bundle: ContentBundle) {
    let language = bundle.manifest.language
    self.language = language
    var documents: [Document] = []
    var postings: [String: [Posting]] = [:]
    var vocabulary: [String: Int] = [:]

    func add(
      topicID: String, sectionID: String?, title: String, text: String,
      fields: [(text: String, weight: Double)]
    ) {
      var weights: [String: Double] = [:]
      var length = 0.0
      for field in fields {
        for token in SearchText.tokens(in: Array(field.text), language: language) {
          weights[token.stem, default: 0] += field.weight
          vocabulary[token.folded, default: 0] += 1
          length += field.weight
        }
      }
      let index = documents.count
      for (stem, weight) in weights {
        postings[stem, default: []].append(Posting(document: index, weight: weight))
      }
      documents.append(
        Document(
          topicID: topicID, sectionID: sectionID, title: title, text: Self.oneLine(text),
          length: length))
    }

    for topic in bundle.topics {
      let introduction = topic.introduction?.document.plainText ?? ""
      let topicText = [topic.summary, introduction].filter { !$0.isEmpty }.joined(separator: " ")
      add(
        topicID: topic.id, sectionID: nil, title: topic.title, text: topicText,
        fields: [
          (topic.title, Self.titleWeight), (topic.summary, 1),
          (topic.keywords.joined(separator: " "), Self.keywordWeight), (introduction, 1),
        ])
      for section in topic.sections {
        let text = section.document.plainText
        add(
          topicID: topic.id, sectionID: section.id, title: section.title, text: text,
          fields: [(section.title, Self.titleWeight), (topic.title, 1), (text, 1)])
      }
    }
    self.documents = documents
    self.postings = postings
    self.stems = postings.keys.sorted()
    self.vocabulary = vocabulary
    var synonymStems: [String: [String]] = [:]
    for group in bundle.manifest.synonyms {
      let stems = group.compactMap { member -> String? in
        let tokens = SearchText.tokens(in: Array(member), language: language)
        return tokens.count == 1 ? tokens[0].stem : nil
      }
      for stem in stems {
        for other in stems where other != stem && !(synonymStems[stem] ?? []).contains(other) {
          synonymStems[stem, default: []].append(other)
        }
      }
    }
    self.synonymStems = synonymStems
    let total = documents.reduce(0) { $0 + $1.length }
    self.averageLength = documents.isEmpty ? 1 : max(total / Double(documents.count), 1)
  }

  // MARK: - Searching

  /// The best `limit` places for `query`, best first; empty when nothing matches.
  package func search(_ query: String, limit: Int = 10) -> [SearchHit] {
    guard limit > 0 else { return [] }
    let queryTokens = SearchText.tokens(in: Array(query.prefix(500)), language: language)
    var kept = queryTokens.filter { !SearchText.stopWords(language).contains($0.folded) }
    if kept.isEmpty { kept = queryTokens }
    // A term is a stem; it takes prefixes only when some word typed for it is not a real word.
    var takesPrefixes: [String: Bool] = [:]
    for token in kept {
      takesPrefixes[token.stem] =
        (takesPrefixes[token.stem] ?? false) || !language.hasWord(token.folded)
    }
    let terms = Array(takesPrefixes.keys)
    guard !terms.isEmpty else { return [] }

    var scores: [Int: Double] = [:]
    var matchedTerms: [Int: Int] = [:]
    var matchedStems: Set<String> = []
    for term in terms.sorted() {
      var best: [Int: Double] = [:]
      for (stem, factor) in expansions(of: term, prefixes: takesPrefixes[term] ?? false) {
        guard let list = postings[stem] else { continue }
        matchedStems.insert(stem)
        let idf = inverseDocumentFrequency(list.count)
        for posting in list {
          let length = documents[posting.document].length
          let tf = posting.weight
          let value =
            factor * idf * tf * (Self.k1 + 1)
            / (tf + Self.k1 * (1 - Self.b + Self.b * length / averageLength))
          best[posting.document] = max(best[posting.document] ?? 0, value)
        }
      }
      for (document, value) in best {
        scores[document, default: 0] += value
        matchedTerms[document, default: 0] += 1
      }
    }
    let ranked = scores.map { document, score in
      (document, score * Double(matchedTerms[document] ?? 0) / Double(terms.count))
    }
    .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    .prefix(limit)

    return ranked.map { document, score in
      let entry = documents[document]
      let (snippet, highlights) = Self.snippet(
        of: entry.text, matching: matchedStems, language: language)
      return SearchHit(
        topicID: entry.topicID, sectionID: entry.sectionID, title: entry.title, score: score,
        snippet: snippet, highlights: highlights)
    }
  }

  /// Words of the content close to `word` (by edit distance), most likely first, for
  /// "did you mean …?". Empty when `word` is itself a word of the content or a real English
  /// word ("shower" is never "power", "bath" never "cath"), or when it finds something.
  package func suggestions(for word: String, limit: Int = 3) -> [String] {
    let folded = SearchText.fold(word.trimmingWhitespace())
    guard folded.count >= 2, vocabulary[folded] == nil, !language.hasWord(folded),
      !matches(folded)
    else { return [] }
    let maximum = folded.count <= 4 ? 1 : 2
    var found: [(word: String, distance: Int, count: Int)] = []
    for (candidate, count) in vocabulary where candidate.count >= 3 {
      guard let distance = EditDistance.between(folded, candidate, limit: maximum) else {
        continue
      }
      found.append((candidate, distance, count))
    }
    return found.sorted {
      ($0.distance, -$0.count, $0.word) < ($1.distance, -$1.count, $1.word)
    }
    .prefix(limit).map(\.word)
  }

  private func inverseDocumentFrequency(_ documentFrequency: Int) -> Double {
    let n = Double(documents.count)
    let df = Double(documentFrequency)
    return log(1 + (n - df + 0.5) / (df + 0.5))
  }

  /// True when `word` (folded) finds a place: by its stem, a synonym or a longer word it begins.
  private func matches(_ word: String) -> Bool {
    let stem = SearchText.stem(word, language: language)
    let prefixes = !language.hasWord(word)
    return expansions(of: stem, prefixes: prefixes).contains { postings[$0.0] != nil }
  }

  /// The stem itself, then its synonyms' stems, then (with `prefixes`, for terms of three
  /// letters or more) longer stems it begins.
  private func expansions(of term: String, prefixes: Bool) -> [(String, Double)] {
    var result: [(String, Double)] = [(term, 1)]
    for synonym in synonymStems[term] ?? [] { result.append((synonym, Self.synonymFactor)) }
    guard prefixes, term.count >= 3 else { return result }
    var low = 0
    var high = stems.count
    while low < high {
      let middle = (low + high) / 2
      if stems[middle] < term { low = middle + 1 } else { high = middle }
    }
    var index = low
    while index < stems.count, stems[index].hasPrefix(term), result.count < 50 {
      if stems[index] != term { result.append((stems[index], Self.prefixFactor)) }
      index += 1
    }
    return result
  }

  // MARK: - Snippets

  private static func oneLine(_ text: String) -> String {
    TextSanitizer.sanitize(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// About `snippetLength` characters around the densest cluster of matched words.
  static func snippet(
    of text: String, matching stems: Set<String>, language: Language = .english
  ) -> (String, [Range<Int>]) {
    let characters = Array(text)
    let tokens = SearchText.tokens(in: characters, language: language)
    let matches = tokens.filter { stems.contains($0.stem) }
    guard characters.count > snippetLength else {
      return (text, matches.map(\.range))
    }
    var start = 0
    if !matches.isEmpty {
      var bestCount = -1
      for match in matches {
        let windowStart = max(0, match.range.lowerBound - snippetLength / 4)
        let windowEnd = windowStart + snippetLength
        let inWindow = matches.filter {
          $0.range.lowerBound >= windowStart && $0.range.upperBound <= windowEnd
        }
        let distinct = Set(inWindow.map(\.stem)).count * 1000 + inWindow.count
        if distinct > bestCount {
          bestCount = distinct
          start = windowStart
        }
      }
    }
    var end = min(characters.count, start + snippetLength)
    if end == characters.count { start = max(0, end - snippetLength) }
    // Whole words only: move the cut ends inwards to word boundaries.
    if start > 0 {
      while start < end, !characters[start - 1].isWhitespace { start += 1 }
    }
    if end < characters.count {
      while end > start, !characters[end].isWhitespace { end -= 1 }
    }
    while start < end, characters[start].isWhitespace { start += 1 }
    while end > start, characters[end - 1].isWhitespace { end -= 1 }
    let prefix = start > 0 ? "…" : ""
    let suffix = end < characters.count ? "…" : ""
    let shift = prefix.count - start
    let highlights = matches.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
      .map { ($0.range.lowerBound + shift)..<($0.range.upperBound + shift) }
    return (prefix + String(characters[start..<end]) + suffix, highlights)
  }
}
