import Curriculum
import Foundation

/// Recognises a learner saying they do not know (`I don't know`, `not sure`, `no idea`, `?`;
/// in Spanish `no sé`, `nose`, `ni idea`, `no estoy segura`),
/// in any kind of question, so it is met with the answer instead of "please answer with one
/// letter" or a mark as wrong.
package enum NotKnowing {
  /// The ways of saying it, normalized (`don't` → `dont`). A line says it when, without
  /// lead-ins (`i`, `um`, `honestly`) and tail words (`sorry`, `yet`), it is one of these.
  static let phrases: Set<String> = [
    "dont know", "do not know", "didnt know", "dont knw", "dont kno", "dunno", "idk", "idc",
    "not sure", "unsure", "no idea", "no clue", "not a clue", "havent a clue", "have no idea",
    "have no clue", "no se", "dont remember", "do not remember", "cant remember",
    "cannot remember", "dont recall", "forgot", "forget", "forgotten", "have forgotten",
    "not certain", "no sure", "dont know the answer", "do not know the answer",
    "dont know this", "dont know that", "clueless", "i dont know", "dk", "dont understand",
    "do not understand", "dont get it", "not know", "nothing comes to mind",
    // Spanish, accents folded (`no sé` → `no se`; `nose` only in Spanish, see `spanishOnly`).
    "no lo se", "no se la respuesta", "ni idea", "no tengo idea", "no tengo ni idea",
    "no tengo la menor idea", "no estoy seguro", "no estoy segura", "no se bien", "no me acuerdo",
    "no recuerdo", "no lo recuerdo", "se me olvido", "lo olvide", "olvide", "no entiendo",
    "no lo entiendo", "no sabria", "no sabria decir", "quien sabe", "desconozco",
  ]

  /// Ways of saying it that are another word in English (`nose` is `no sé` run together).
  private static let spanishOnly: Set<String> = ["nose"]

  private static let leadIns: Set<String> = [
    "i", "im", "am", "um", "umm", "uh", "hmm", "honestly", "really", "sorry", "oh", "well",
    "just", "totally", "completely", "genuinely", "truly", "so", "ok", "okay",
    "pues", "eh", "ay", "bueno", "mmm", "perdon", "sinceramente", "la", "verdad", "yo", "uy",
  ]

  private static let tails: Set<String> = [
    "sorry", "yet", "really", "at", "all", "honestly", "anymore", "now", "here", "please",
    "what", "it", "is", "this", "one",
    "perdon", "todavia", "aun", "nada", "lo", "siento", "bien", "la", "respuesta", "ahora",
  ]

  /// True when `input` says the learner does not know: only question marks (`?`, `??`), or one
  /// of `phrases` with optional lead-ins and tail words.
  package static func says(_ input: String, language: Language = .english) -> Bool {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "?" || $0 == "¿" || $0.isWhitespace }) {
      return true
    }
    var words = AnswerText.words(trimmed)
    guard !words.isEmpty, words.count <= 12 else { return false }
    while let first = words.first, leadIns.contains(first), words.count > 1 {
      words.removeFirst()
    }
    while let last = words.last, tails.contains(last), words.count > 1 {
      let said = words.joined(separator: " ")
      if phrases.contains(said) || (language == .spanish && spanishOnly.contains(said)) {
        return true
      }
      words.removeLast()
    }
    let said = words.joined(separator: " ")
    return phrases.contains(said) || (language == .spanish && spanishOnly.contains(said))
  }
}
