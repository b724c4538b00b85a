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
  ]
  static let symptomWords: Set<String> = [
    "fever", "temperature", "bleeding", "bleed", "blood", "pain", "hurts", "hurting", "sore",
    "swollen", "swelling", "breathe", "breathing", "breath", "chest", "dizzy", "faint",
    "fainted", "red", "redness", "chills", "shaking", "leak", "leaking", "hot", "warm", "pus",
  ]

  static let stopWords: Set<String> = [
    "i", "a", "an", "the", "is", "it", "its", "it's", "my", "me", "do", "does", "can", "will",
    "what", "how", "why", "when", "where", "who", "and", "or", "to", "of", "in", "on", "for",
    "be", "are", "am", "i'm", "im", "you", "your", "if", "this", "that", "with", "at", "so",
    "should", "could", "would", "there", "get", "have", "has", "was", "about", "much", "long",
  ]

  /// Whether the guide speaks to most of the telling words: "fix my car engine" has none it
  /// knows, and gets no answer rather than a poor one.
  private func matchesWell(_ words: Set<String>) -> Bool {
    let telling = words.subtracting(Self.stopWords)
    guard !telling.isEmpty else { return false }
    let known = telling.filter { !search.places(for: $0, limit: 1).isEmpty }
    return known.count * 2 >= telling.count
  }

  /// The best three places; for a question about what is to come, those that say what to
  /// expect before the warning signs.
  private func places(for line: String) -> [SearchHit] {
    let ordered = line.lowercased().split { !$0.isLetter && $0 != "'" }.map { String($0) }
    guard WhatToExpect.asksWhatIsToCome(ordered, signWords: Self.symptomWords) else {
      return search.places(for: line, limit: 3)
    }
    let hits = search.places(for: line, limit: 10)
    return Array(WhatToExpect(bundle: context.bundle).expectationsFirst(hits).prefix(3))
  }

  func answer(_ line: String) {
    let words = Set(
      line.lowercased().split { !$0.isLetter && $0 != "'" }.map { String($0) })
    if !words.isDisjoint(with: Self.worriedWords) {
      context.say(
        "It is normal to feel scared about a port. You are not alone: your care team expects "
          + "questions, and no question is too small.")
    }
    let hits = matchesWell(words) ? places(for: line) : []
    if hits.isEmpty {
      context.say("I don't have an answer to that here. Please ask your care team.")
    } else {
      context.say("Here is where this guide talks about that:")
      for hit in hits {
        let topic = context.bundle.topic(id: hit.topicID)?.title ?? hit.topicID
        let place = hit.sectionID == nil ? topic : "\(topic) › \(hit.title)"
        context.say(
          .hanging(
            "  - ", StyledText(place) + "  " + StyledText("`read \(hit.address)`", role: .accent)))
      }
    }
    if !words.isDisjoint(with: Self.symptomWords) {
      context.say(
        "If this is happening now, type `call` for the when-to-call check, or call your care "
          + "team.")
    }
  }
}
