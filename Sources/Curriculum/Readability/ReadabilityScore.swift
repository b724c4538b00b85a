/// Flesch–Kincaid grade of a plain text: 0.39 × (words / sentences) + 11.8 × (syllables / words)
/// − 15.59, about the US school grade needed to read it.
///
/// Sentences end at `.`, `!` or `?` followed by a space or the end (not after a few common
/// abbreviations such as "e.g." or "Dr."), at a blank line, and at a line break followed by a
/// capital letter, digit or list bullet: list items and headings count as sentences even
/// without a period, while a paragraph wrapped over lines does not. Words are runs of letters
/// and digits (with inner apostrophes and hyphens); syllables come from `SyllableCounter`.
public struct ReadabilityScore: Sendable, Hashable {
  public var words: Int
  public var sentences: Int
  public var syllables: Int
  /// Each sentence's text, trimmed, in order.
  public var sentenceTexts: [String]

  public var grade: Double {
    guard words > 0, sentences > 0 else { return 0 }
    return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words)
      - 15.59
  }

  public init(text: String) {
    let sentences = Self.sentences(in: text)
    var words = 0
    var syllables = 0
    var texts: [String] = []
    for sentence in sentences {
      let sentenceWords = Self.words(in: sentence)
      guard !sentenceWords.isEmpty else { continue }
      words += sentenceWords.count
      syllables += sentenceWords.reduce(0) { $0 + SyllableCounter.count($1) }
      texts.append(sentence)
    }
    self.words = words
    self.sentences = texts.count
    self.syllables = syllables
    self.sentenceTexts = texts
  }

  /// Words of a text: runs of letters and digits, keeping inner `'` and `-` ("don't", "port-a-cath").
  public static func words(in text: some StringProtocol) -> [Substring] {
    var result: [Substring] = []
    let text = Substring(text)
    var index = text.startIndex
    while index < text.endIndex {
      guard text[index].isLetter || text[index].isNumber else {
        index = text.index(after: index)
        continue
      }
      let start = index
      var end = index
      while index < text.endIndex {
        let character = text[index]
        if character.isLetter || character.isNumber {
          index = text.index(after: index)
          end = index
        } else if character == "'" || character == "’" || character == "-" {
          let next = text.index(after: index)
          guard next < text.endIndex, text[next].isLetter || text[next].isNumber else { break }
          index = next
        } else {
          break
        }
      }
      result.append(text[start..<end])
      index = end
    }
    return result
  }

  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "dr", "mr", "mrs", "ms", "etc", "vs", "st", "no", "approx", "min",
  ]

  /// Splits a text into sentences (see the type's description for the rules).
  public static func sentences(in text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let characters = Array(text)
    func flush() {
      let trimmed = current.trimmingWhitespace()
      if !trimmed.isEmpty { result.append(trimmed) }
      current = ""
    }
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
      if character == "\n" {
        var lookahead = index + 1
        while lookahead < characters.count, characters[lookahead] == " " { lookahead += 1 }
        let following: Character? = lookahead < characters.count ? characters[lookahead] : nil
        if let following, following != "\n", !startsNewSentence(following) {
          current.append(" ")
        } else {
          flush()
        }
        index += 1
        continue
      }
      current.append(character)
      if ".!?".contains(character), next == nil || next!.isWhitespace || next == "\"" || next == "”" {
        if character == ".", endsWithAbbreviation(current) {
          index += 1
          continue
        }
        var closing = index + 1
        while closing < characters.count, "\"”')".contains(characters[closing]) {
          current.append(characters[closing])
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

  private static func startsNewSentence(_ character: Character) -> Bool {
    character.isUppercase || character.isNumber || "-*•+>#|".contains(character)
  }

  /// True after an abbreviation ("e.g.") or a list number ("1.") that does not end a sentence.
  private static func endsWithAbbreviation(_ text: String) -> Bool {
    let trimmed = text.drop { $0.isWhitespace }.dropLast()
    if !trimmed.isEmpty, trimmed.allSatisfy(\.isNumber) { return true }
    let lastWord = text.dropLast().split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last
    guard let lastWord else { return false }
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
