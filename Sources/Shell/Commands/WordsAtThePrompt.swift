import Curriculum
import Markdown

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
    if line.hasSuffix("?") { return true }
    if words.count >= 3 { return true }
    return words.count == 2 && !firstWordIsNearACommand
  }

  static let worriedWords: Set<String> = [
    "scared", "afraid", "worried", "worry", "nervous", "frightened", "anxious", "panic",
    "terrified", "fear", "upset",
    "miedo", "susto", "asustado", "asustada", "preocupado", "preocupada", "preocupa",
    "nervioso", "nerviosa", "ansioso", "ansiosa", "pánico", "panico",
  ]
  static let symptomWords: Set<String> = [
    "fever", "temperature", "bleeding", "bleed", "blood", "pain", "hurts", "hurting", "sore",
    "swollen", "swelling", "breathe", "breathing", "breath", "chest", "dizzy", "faint",
    "fainted", "red", "redness", "chills", "shaking", "leak", "leaking", "hot", "warm", "pus",
    "fiebre", "temperatura", "sangre", "sangrado", "sangra", "dolor", "duele", "hinchado",
    "hinchada", "hinchazón", "hinchazon", "respirar", "respiro", "pecho", "mareo", "mareado",
    "mareada", "desmayo", "rojo", "roja", "enrojecido", "escalofríos", "escalofrios", "temblor",
    "gotea", "caliente",
  ]

  static let stopWords: Set<String> = [
    "i", "a", "an", "the", "is", "it", "its", "it's", "my", "me", "do", "does", "can", "will",
    "what", "how", "why", "when", "where", "who", "and", "or", "to", "of", "in", "on", "for",
    "be", "are", "am", "i'm", "im", "you", "your", "if", "this", "that", "with", "at", "so",
    "should", "could", "would", "there", "get", "have", "has", "was", "about", "much", "long",
    "el", "la", "los", "las", "un", "una", "es", "mi", "yo", "de", "del", "en", "y", "o", "que",
    "qué", "como", "cómo", "por", "para", "se", "puedo", "puede", "hay", "con", "su", "lo", "le",
    "si", "sí", "cuando", "cuándo", "donde", "dónde", "tengo", "tiene", "va", "muy", "más",
  ]

  /// Whether the guide speaks to most of the telling words: "fix my car engine" has none it
  /// knows, and gets no answer rather than a poor one.
  private func matchesWell(_ words: Set<String>) -> Bool {
    let telling = words.subtracting(Self.stopWords)
    guard !telling.isEmpty else { return false }
    let known = telling.filter { !search.places(for: $0, limit: 1).isEmpty }
    return known.count * 2 >= telling.count
  }

  func answer(_ line: String) {
    let words = Set(
      line.lowercased().split { !$0.isLetter && $0 != "'" }.map { String($0) })
    if !words.isDisjoint(with: Self.worriedWords) {
      context.say(.wordsWorried)
    }
    let hits = matchesWell(words) ? search.places(for: line, limit: 3) : []
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
