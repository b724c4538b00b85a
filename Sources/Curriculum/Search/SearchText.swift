import Foundation

/// How search sees text: words are runs of letters and digits, compared case-insensitively with
/// diacritics folded ("Café" = "cafe") and reduced to a stem in the bundle's language
/// ("flushing" = "flush"; "lavando" = "lavar").
enum SearchText {
  struct Token {
    /// Character offsets of the word in the text it came from.
    var range: Range<Int>
    var folded: String
    var stem: String
  }

  static func tokens(in characters: [Character], language: Language = .english) -> [Token] {
    var tokens: [Token] = []
    var index = 0
    while index < characters.count {
      guard characters[index].isLetter || characters[index].isNumber else {
        index += 1
        continue
      }
      let start = index
      while index < characters.count, characters[index].isLetter || characters[index].isNumber {
        index += 1
      }
      let folded = fold(String(characters[start..<index]))
      tokens.append(
        Token(range: start..<index, folded: folded, stem: stem(folded, language: language)))
    }
    return tokens
  }

  static func stem(_ folded: String, language: Language) -> String {
    switch language {
    case .english: Stemmer.stem(folded)
    case .spanish: SpanishStemmer.stem(folded)
    }
  }

  static func words(in text: String) -> [String] {
    tokens(in: Array(text)).map(\.folded)
  }

  static func fold(_ word: String) -> String {
    let lowered = word.lowercased()
    guard !lowered.utf8.allSatisfy({ $0 < 0x80 }) else { return lowered }
    return lowered.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }

  /// Words too common to rank by in `language`, ignored in a query unless it has nothing else.
  static func stopWords(_ language: Language) -> Set<String> {
    switch language {
    case .english: stopWords
    case .spanish: spanishStopWords
    }
  }

  /// Spanish, folded (`qué` → `que`).
  static let spanishStopWords: Set<String> = [
    "a", "al", "como", "con", "cual", "cuando", "de", "del", "donde", "e", "el", "en", "es",
    "esa", "ese", "eso", "esta", "este", "esto", "hay", "la", "las", "le", "les", "lo", "los",
    "me", "mi", "mis", "muy", "o", "para", "pero", "por", "porque", "puede", "puedo", "que",
    "quien", "se", "ser", "si", "son", "su", "sus", "te", "tengo", "tiene", "tu", "u", "un",
    "una", "unas", "unos", "usted", "va", "vas", "voy", "y", "yo",
  ]

  /// English.
  static let stopWords: Set<String> = [
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how",
    "i", "if", "in", "is", "it", "its", "me", "my", "of", "on", "or", "should", "so", "that",
    "the", "this", "to", "what", "when", "where", "which", "who", "why", "will", "with", "you",
    "your",
  ]
}

/// A light English stemmer: enough that plurals, `-ing`, `-ed`, `-ly`, `-ion` and `-al` forms
/// meet their root ("flushes", "flushing", "flushed" → `flush`; "bodies" → `body`; "making",
/// "make" → `mak`; "infection", "infected" → `infect`; "removal", "remove" → `remov`).
/// Stems are only compared with each other, never shown.
enum Stemmer {
  static func stem(_ word: String) -> String {
    guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
    var stem = word
    if stem.hasSuffix("ies"), stem.count > 4 {
      stem = String(stem.dropLast(3)) + "y"
    } else if stem.hasSuffix("sses") {
      stem = String(stem.dropLast(2))
    } else if stem.hasSuffix("es"),
      ["s", "x", "z", "ch", "sh"].contains(where: {
        stem.dropLast(2).hasSuffix($0)
      })
    {
      stem = String(stem.dropLast(2))
    } else if stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us"),
      !stem.hasSuffix("is")
    {
      stem = String(stem.dropLast())
    }
    for suffix in ["ing", "ed", "ly", "ion", "al"] where stem.hasSuffix(suffix) {
      let root = stem.dropLast(suffix.count)
      let shortest = suffix == "ion" || suffix == "al" ? 4 : 3
      guard root.count >= shortest, root.contains(where: { "aeiouy".contains($0) }) else { break }
      stem = String(root)
      if let last = stem.last, stem.count >= 4, stem.dropLast().last == last,
        !"lsz".contains(last), !"aeiou".contains(last)
      {
        stem.removeLast()
      }
      break
    }
    if stem.hasSuffix("e"), stem.count > 3 { stem.removeLast() }
    return stem
  }
}
