/// Reading true or false in the words people type: `yep`, `nope`, `yeah`, `nah`, `right`,
/// `wrong`, `correct`, `not true`; in Spanish `sí`, `verdadero`, `v`, `cierto`, `falso`, `f`,
/// `no es cierto` (accents optional, as everywhere).
extension AnswerGrader {
  private static let yesWords: Set<String> = [
    "true", "t", "yes", "y", "yep", "yeah", "yea", "yup", "ya", "yah", "ye", "yes", "right",
    "correct", "si", "sure", "definitely", "absolutely", "indeed", "affirmative", "aye", "oui",
    "ja", "totally", "exactly", "agree",
    // Spanish, accents folded.
    "verdadero", "verdadera", "v", "cierto", "cierta", "correcto", "correcta", "verdad", "claro",
    "exacto", "exactamente", "efectivamente", "vale",
  ]
  private static let noWords: Set<String> = [
    "false", "f", "no", "n", "nope", "nah", "nay", "wrong", "incorrect", "untrue",
    "disagree", "negative", "nop", "noo", "nooo", "non",
    "falso", "falsa", "incorrecto", "incorrecta", "mentira",
  ]
  /// Words that may stand beside a yes or a no without changing it: `yes it is`, `that's
  /// wrong`, `no way`, `it is true`.
  private static let around: Set<String> = [
    "i", "think", "so", "it", "is", "its", "that", "thats", "s", "this", "statement", "very",
    "of", "course", "way", "im", "sure", "pretty", "quite", "really", "definitely", "totally",
    "guess", "believe", "say", "would", "id", "probably", "the", "answer", "just", "be",
    "es", "eso", "esto", "creo", "que", "pienso", "me", "parece", "yo", "seguro", "segura", "muy",
    "por", "supuesto", "la", "respuesta", "lo", "digo", "diria", "de", "bastante", "totalmente",
    "pues",
  ]

  /// `true`, `false`, or nil when the line says neither (or both).
  func truth(_ input: String) -> Bool? {
    let words = AnswerText.words(input)
    guard !words.isEmpty, words.count <= 12 else { return nil }
    // `not true`, `isnt right`, `not false`: a negation turns the next yes or no around.
    var values: [Bool] = []
    var negate = false
    for (index, word) in words.enumerated() {
      if ["not", "isnt", "aint", "wasnt"].contains(word) || Self.isSpanishNegation(words, index) {
        negate.toggle()
        continue
      }
      if let value = Self.truthWord(word, mayForgive: mayForgive(word)) {
        values.append(negate ? !value : value)
        negate = false
      } else if !Self.around.contains(word) {
        return nil
      }
    }
    guard let first = values.first, values.allSatisfy({ $0 == first }) else { return nil }
    return first
  }

  /// Whether the `no` at `index` turns the next true or false around (`no es cierto`), rather
  /// than being a no itself: the next word that is not a word around them says true or false.
  private static func isSpanishNegation(_ words: [String], _ index: Int) -> Bool {
    guard words[index] == "no" else { return false }
    guard let next = words[(index + 1)...].first(where: { !around.contains($0) }) else {
      return false
    }
    return next != "no" && (yesWords.contains(next) || noWords.contains(next))
  }

  private static func truthWord(_ word: String, mayForgive: Bool) -> Bool? {
    if yesWords.contains(word) { return true }
    if noWords.contains(word) { return false }
    guard mayForgive, word.count >= 3 else { return nil }
    // A slip in a word that is not real: `ture`, `flase`, `yse`, `yess`.
    for (key, value) in [
      ("true", true), ("false", false), ("yes", true), ("nope", false), ("verdadero", true),
      ("falso", false), ("cierto", true),
    ]
    where AnswerText.editDistance(word, key, limit: 1) <= 1 {
      return value
    }
    return nil
  }
}
