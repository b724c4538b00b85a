import Curriculum
import Foundation
import Learning
import Markdown

/// Spanish words that tell nothing at the prompt, folded.
private enum SpanishStop {
  static let words: Set<String> = [
    "que", "como", "cuando", "donde", "por", "porque", "cual", "quien", "puedo", "puede", "va",
    "voy", "a", "tengo", "tiene", "es", "esta", "hay", "debo", "debe", "me", "mi", "el", "la",
    "los", "las", "un", "una", "de", "del", "al", "y", "o", "en", "con", "para", "se", "si", "no",
    "yo", "usted", "lo", "le", "su", "muy", "mucho", "cuanto", "tiempo", "ser", "estar",
  ]
}

/// A line typed at the prompt that is not a command but words (`will it hurt?`, `can i
/// shower`, `i'm scared`): answered from the content, with the places that speak to it, a calm
/// word for someone worried, and the `call` check for anything that sounds like a symptom.
struct WordsAtThePrompt {
  let context: ShellContext
  let search: SearchCommand

  /// Whether `line` reads as words to answer rather than a mistyped command: a question mark,
  /// or several words whose first is not close to a command's name.
  static func isWords(_ line: String, firstWordIsNearACommand: Bool) -> Bool {
    let words = line.split(whereSeparator: \.isWhitespace)
    if line.hasSuffix("?") || line.hasPrefix("¿") || line.hasPrefix("¡") { return true }
    // A Spanish question or worry (`puedo bañarme`, `tengo miedo`, `qué es un puerto`).
    if words.count >= 2, let first = words.first,
      spanishQuestionWords.contains(folded(String(first)))
    {
      return true
    }
    if words.count >= 3 { return true }
    return words.count == 2 && !firstWordIsNearACommand
  }

  /// Several words asking something: ending in `?`, or opening with `¿`.
  static func isQuestion(_ line: String) -> Bool {
    line.contains(where: \.isWhitespace) && (line.hasSuffix("?") || line.hasPrefix("¿"))
  }

  /// A Spanish question (`¿va a doler?`, `puedo bañarme`) or "I don't know" (`no sé`).
  static func isSpanishQuestionOrNotKnowing(_ line: String) -> Bool {
    if line.hasPrefix("¿") || line.hasPrefix("¡") { return true }
    let words = line.split(whereSeparator: \.isWhitespace)
    if words.count >= 2, let first = words.first,
      spanishQuestionWords.contains(folded(String(first)))
    {
      return true
    }
    return NotKnowing.says(line, language: .spanish)
  }

  /// Words that begin a Spanish question, folded (`qué` → `que`, `cuándo` → `cuando`).
  static let spanishQuestionWords: Set<String> = [
    "que", "como", "cuando", "donde", "por", "porque", "cual", "cuales", "quien", "cuanto",
    "cuanta", "cuantos", "cuantas", "puedo", "puede", "podemos", "va", "voy", "tengo", "tiene",
    "es", "esta", "hay", "debo", "debe", "necesito", "duele", "dolera", "me",
  ]

  /// Folded as search folds: lowercase, no accents.
  static func folded(_ word: String) -> String {
    word.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
  }

  static let worriedWords: Set<String> = [
    "scared", "afraid", "worried", "worry", "nervous", "frightened", "anxious", "panic",
    "terrified", "fear", "upset",
    "miedo", "asustado", "asustada", "preocupado", "preocupada", "preocupa", "nervioso",
    "nerviosa", "ansiedad", "ansioso", "ansiosa", "panico", "temor", "susto",
  ]
  static let symptomWords: Set<String> = [
    "fever", "temperature", "bleeding", "bleed", "blood", "pain", "hurts", "hurting", "sore",
    "swollen", "swelling", "breathe", "breathing", "breath", "chest", "dizzy", "faint",
    "fainted", "red", "redness", "chills", "shaking", "leak", "leaking", "hot", "warm", "pus",
    "fiebre", "temperatura", "sangre", "sangrado", "sangra", "dolor", "duele", "hinchado",
    "hinchada", "hinchazon", "respirar", "respiracion", "pecho", "mareo", "mareado", "mareada",
    "desmayo", "rojo", "roja", "enrojecimiento", "enrojecido", "escalofrios", "temblor", "gotea",
    "caliente", "calor", "respiro",
  ]

  static let stopWords: Set<String> =
    ([
      "i", "a", "an", "the", "is", "it", "its", "it's", "my", "me", "do", "does", "can", "will",
      "what", "how", "why", "when", "where", "who", "and", "or", "to", "of", "in", "on", "for",
      "be", "are", "am", "i'm", "im", "you", "your", "if", "this", "that", "with", "at", "so",
      "should", "could", "would", "there", "get", "have", "has", "was", "about", "much", "long",
    ] as Set<String>).union(SpanishStop.words)

  /// Whether the guide speaks to most of the telling words: "fix my car engine" has none it
  /// knows, and gets no answer rather than a poor one.
  private func matchesWell(_ words: Set<String>) -> Bool {
    let telling = words.subtracting(Self.stopWords)
    guard !telling.isEmpty else { return false }
    let known = telling.filter { !search.places(for: $0, limit: 1).isEmpty }
    return known.count * 2 >= telling.count
  }

  /// The best three places for `line` (its folded words in order); for a question about what
  /// is to come, those that say what to expect before the warning signs.
  private func places(for line: String, words ordered: [String]) -> [SearchHit] {
    guard WhatToExpect.asksWhatIsToCome(ordered, signWords: Self.symptomWords) else {
      return search.places(for: line, limit: 3)
    }
    let hits = search.places(for: line, limit: 10)
    return Array(WhatToExpect(bundle: context.bundle).expectationsFirst(hits).prefix(3))
  }

  func answer(_ line: String) {
    let ordered = Self.folded(line).split { !$0.isLetter && $0 != "'" }.map { String($0) }
    let words = Set(ordered)
    if !words.isDisjoint(with: Self.worriedWords) {
      context.say(.wordsWorried)
    }
    let hits = matchesWell(words) ? places(for: line, words: ordered) : []
    if hits.isEmpty {
      context.say(.wordsNoAnswer)
    } else {
      context.say(.wordsHereIsWhere)
      for hit in hits {
        let topic = context.bundle.topic(id: hit.topicID)?.title ?? hit.topicID
        let place = hit.sectionID == nil ? topic : "\(topic) › \(hit.title)"
        context.say(
          .hanging(
            "  - ", StyledText(place) + "  " + StyledText("`read \(hit.address)`", role: .accent)))
      }
    }
    if !words.isDisjoint(with: Self.symptomWords) {
      context.say(.wordsSymptom)
    }
  }
}
