/// Flesch–Kincaid grade of a plain text: 0.39 × (words / sentences) + 11.8 × (syllables / words)
/// − 15.59, about the US school grade needed to read it. For Spanish, the Fernández Huerta
/// score, 206.84 − 0.60 P − 1.02 F (P syllables per 100 words, F words per sentence; 100 is
/// easiest — the "sentences per 100 words" often quoted for F would score short sentences
/// lower, and is a known misprint of the formula, which follows Flesch's),
/// and a grade from it by its bands (90–100 very easy, 80–90 easy, 70–80 fairly easy, 60–70
/// standard, …): grade = 13 − score / 10, so 70–80 is grades 5–6 and a `reading-grade-target`
/// of 6 asks for a score of 70 or more.
///
/// Sentences end at `.`, `!` or `?` followed by a space or the end (not after a few common
/// abbreviations such as "e.g." or "Dr."), at a blank line, and at a line break followed by a
/// capital letter, digit or list bullet: list items and headings count as sentences even
/// without a period, while a paragraph wrapped over lines does not. Words are runs of letters
/// and digits (with inner apostrophes and hyphens); syllables come from `SyllableCounter`.
package struct ReadabilityScore: Sendable, Hashable {
  package var words: Int
  package var sentences: Int
  package var syllables: Int
  /// Each sentence's text, trimmed, in order.
  package var sentenceTexts: [String]
  /// The language the text is in: its syllables and its formula.
  package var language: Language = .english

  /// The school grade needed to read it: Flesch–Kincaid for English, from Fernández Huerta for
  /// Spanish.
  package var grade: Double {
    guard words > 0, sentences > 0 else { return 0 }
    switch language {
    case .english:
      return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words)
        - 15.59
    case .spanish:
      return 13 - fernandezHuerta / 10
    }
  }

  /// 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence.
  package var fernandezHuerta: Double {
    guard words > 0, sentences > 0 else { return 0 }
    return 206.84 - 0.60 * Double(syllables) * 100 / Double(words) - 1.02 * Double(words)
      / Double(sentences)
  }

  package init(text: String, language: Language = .english) {
    self.init(sentences: Self.sentences(in: text), language: language)
  }

  private init(sentences: [String], language: Language) {
    self.language = language
    var words = 0
    var syllables = 0
    var texts: [String] = []
    for sentence in sentences {
      var sentenceWords = 0
      Self.forEachWord(in: sentence) { word in
        sentenceWords += 1
        syllables +=
          language == .spanish
          ? SpanishSyllableCounter.count(word) : SyllableCounter.count(word)
      }
      guard sentenceWords > 0 else { continue }
      words += sentenceWords
      texts.append(sentence)
    }
    self.words = words
    self.sentences = texts.count
    self.syllables = syllables
    self.sentenceTexts = texts
  }

  /// The scores of several texts taken together, as if joined by blank lines.
  package init(combining scores: [ReadabilityScore]) {
    words = scores.reduce(0) { $0 + $1.words }
    sentences = scores.reduce(0) { $0 + $1.sentences }
    syllables = scores.reduce(0) { $0 + $1.syllables }
    sentenceTexts = scores.flatMap(\.sentenceTexts)
    language = scores.first?.language ?? .english
  }

  /// Words of a text: runs of letters and digits, keeping inner `'` and `-` ("don't", "port-a-cath").
  package static func words(in text: some StringProtocol) -> [Substring] {
    var result: [Substring] = []
    forEachWord(in: Substring(text)) { result.append($0) }
    return result
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 48...57, 65...90, 97...122: return true
    case 0..<128: return false
    default:
      return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
    }
  }

  private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "’" || scalar == "-"
  }

  static func forEachWord(in text: some StringProtocol, _ body: (Substring) -> Void) {
    let text = Substring(text)
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      guard isWordScalar(scalars[index]) else {
        scalars.formIndex(after: &index)
        continue
      }
      let start = index
      var end = index
      while index < scalars.endIndex {
        let scalar = scalars[index]
        if isWordScalar(scalar) {
          scalars.formIndex(after: &index)
          end = index
        } else if isJoiner(scalar) {
          let next = scalars.index(after: index)
          guard next < scalars.endIndex, isWordScalar(scalars[next]) else { break }
          index = next
        } else {
          break
        }
      }
      body(text[start..<end])
      index = end
    }
  }

  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "dr", "mr", "mrs", "ms", "etc", "vs", "st", "no", "approx", "min",
  ]

  /// Splits a text into sentences (see the type's description for the rules).
  package static func sentences(in text: String) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    func flush() {
      let trimmed = String(current).trimmingWhitespace()
      if !trimmed.isEmpty { result.append(trimmed) }
      current = String.UnicodeScalarView()
    }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
      if scalar == "\n" {
        var lookahead = index + 1
        while lookahead < scalars.count, scalars[lookahead] == " " { lookahead += 1 }
        let following: Unicode.Scalar? = lookahead < scalars.count ? scalars[lookahead] : nil
        if let following, following != "\n", !startsNewSentence(following) {
          current.append(" ")
        } else {
          flush()
        }
        index += 1
        continue
      }
      current.append(scalar)
      if scalar == "." || scalar == "!" || scalar == "?",
        next == nil || next!.properties.isWhitespace || next == "\"" || next == "”"
      {
        if scalar == ".", endsWithAbbreviation(current) {
          index += 1
          continue
        }
        var closing = index + 1
        while closing < scalars.count, "\"”')".unicodeScalars.contains(scalars[closing]) {
          current.append(scalars[closing])
          closing += 1
        }
        index = closing
        flush()
        continue
      }
      index += 1
    }
    flush()
    return result
  }

  private static func startsNewSentence(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isUppercase || ("0"..."9").contains(scalar)
      || "-*•+>#|".unicodeScalars.contains(scalar)
  }

  /// True after an abbreviation ("e.g.") or a list number ("1.") that does not end a sentence.
  private static func endsWithAbbreviation(_ text: String.UnicodeScalarView) -> Bool {
    var start = text.index(before: text.endIndex)
    while start > text.startIndex {
      let previous = text.index(before: start)
      let scalar = text[previous]
      if scalar.properties.isWhitespace || scalar == "(" { break }
      start = previous
    }
    let lastWord = String(text[start..<text.index(before: text.endIndex)])
    if !lastWord.isEmpty, lastWord.utf8.allSatisfy({ (48...57).contains($0) }) { return true }
    return abbreviations.contains(lastWord.lowercased())
  }
}

extension StringProtocol {
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
