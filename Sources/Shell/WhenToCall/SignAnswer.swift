import Curriculum
import Foundation
import Learning

/// How an answer to a warning-sign question reads. Only a clear no is a no: anything a person
/// is unsure about, or says in their own words, is taken seriously. English and Spanish are
/// read alike, accents and a leading `¿` or `¡` optional (`sí`, `si`, `no`, `para nada`; `no
/// sé`, `nose`, `tal vez`, `creo que sí`, `un poco` are not a clear no).
enum SignAnswer: Equatable {
  case yes
  case no
  /// Not a clear yes or no (`not sure`, `a little`, free words).
  case unsure
  /// A temperature typed as a number, in degrees Celsius.
  case temperature(celsius: Double)
  /// `stop`, `quit`: leave the check.
  case stop

  static let clearNo: Set<String> = [
    "no", "n", "nope", "nah", "not at all", "none", "nothing", "no never", "never", "nada",
    "para nada", "en absoluto", "nunca", "no nunca", "ninguno", "ninguna", "no tengo", "no hay",
    "claro que no", "no no",
  ]
  static let clearYes: Set<String> = [
    "yes", "y", "yeah", "yep", "yup", "ya", "yea", "si", "yes it is", "yes there is",
    "yes i do", "definitely", "of course",
    "claro", "claro que si", "si tengo", "si hay", "por supuesto", "desde luego", "asi es",
  ]
  static let stopWords: Set<String> = [
    "stop", "quit", "exit", "q", "leave", "cancel", "salir", "parar", "terminar",
  ]

  /// Reads one typed answer; `asksAboutFever` lets a typed temperature count as one; in
  /// Spanish, `nose` is "no sé".
  init(reading typed: String, asksAboutFever: Bool = false, language: Language = .english) {
    let text = Self.normalised(typed)
    if Self.stopWords.contains(text) {
      self = .stop
    } else if NotKnowing.says(typed, language: language) {
      // `no sé`, `nose`, `not sure`: never a no (`nose` is one letter from `none`).
      self = .unsure
    } else if asksAboutFever, let celsius = Temperature.celsius(in: typed) {
      self = .temperature(celsius: celsius)
    } else if Self.clearNo.contains(text) || Self.isSlip(of: Self.clearNo, text) {
      self = .no
    } else if Self.clearYes.contains(text) || Self.isSlip(of: Self.clearYes, text) {
      self = .yes
    } else if let first = text.split(separator: " ").first, Self.clearYes.contains(String(first)),
      !text.contains(" not ") && !text.contains("n't") && !text.contains(" no ")
    {
      // "yes i think so", "yes, a little": a yes with words after it is still a yes.
      self = .yes
    } else {
      self = .unsure
    }
  }

  /// Lowercased, accents folded, trimmed, inner spaces folded, punctuation (`¿…?`, `¡…!`) and
  /// a leading "um" or "pues" dropped.
  private static func normalised(_ typed: String) -> String {
    let marks: Set<Character> = [",", ".", "!", "?", ";", ":", "¿", "¡"]
    var spaced = ""
    let folded = typed.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
    for character in folded {
      spaced.append(marks.contains(character) ? " " : character)
    }
    var words = spaced.split(separator: " ").map(String.init)
    while let first = words.first,
      ["um", "uh", "well", "hmm", "pues", "eh", "bueno"].contains(first)
    {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  /// A one-letter slip (`nop`, `yse`) of a form of three or more letters, or a two-letter form
  /// with its last letter doubled (`noo`).
  private static func isSlip(of forms: Set<String>, _ text: String) -> Bool {
    guard text.count >= 3, !text.contains(" ") else { return false }
    return forms.contains { form in
      guard form.count >= 2, !form.contains(" ") else { return false }
      if form.count == 2 { return text == form + String(form.last!) }
      return EditDistance.between(text, form, limit: 1) == 1
    }
  }
}
