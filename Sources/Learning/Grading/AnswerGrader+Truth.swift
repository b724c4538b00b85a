/// Reading true or false in the words people type: `yep`, `nope`, `yeah`, `nah`, `right`,
/// `wrong`, `correct`, `sí`, `not true`.
extension AnswerGrader {
  private static let yesWords: Set<String> = [
    "true", "t", "yes", "y", "yep", "yeah", "yea", "yup", "ya", "yah", "ye", "yes", "right",
    "correct", "si", "sure", "definitely", "absolutely", "indeed", "affirmative", "aye", "oui",
    "ja", "totally", "exactly", "agree",
  ]
  private static let noWords: Set<String> = [
    "false", "f", "no", "n", "nope", "nah", "nay", "wrong", "incorrect", "untrue",
    "disagree", "negative", "nop", "noo", "nooo", "non",
  ]
  /// Words that may stand beside a yes or a no without changing it: `yes it is`, `that's
  /// wrong`, `no way`, `it is true`.
  private static let around: Set<String> = [
    "i", "think", "so", "it", "is", "its", "that", "thats", "s", "this", "statement", "very",
    "of", "course", "way", "im", "sure", "pretty", "quite", "really", "definitely", "totally",
    "guess", "believe", "say", "would", "id", "probably", "the", "answer", "just", "be",
  ]

  /// `true`, `false`, or nil when the line says neither (or both).
  func truth(_ input: String) -> Bool? {
    let words = AnswerText.words(input)
    guard !words.isEmpty, words.count <= 12 else { return nil }
    // `not true`, `isnt right`, `not false`: a negation turns the next yes or no around.
    var values: [Bool] = []
    var negate = false
    for word in words {
      if ["not", "isnt", "aint", "wasnt"].contains(word) {
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

  private static func truthWord(_ word: String, mayForgive: Bool) -> Bool? {
    if yesWords.contains(word) { return true }
    if noWords.contains(word) { return false }
    guard mayForgive, word.count >= 3 else { return nil }
    // A slip in a word that is not real: `ture`, `flase`, `yse`, `yess`.
    for (key, value) in [("true", true), ("false", false), ("yes", true), ("nope", false)]
    where AnswerText.editDistance(word, key, limit: 1) <= 1 {
      return value
    }
    return nil
  }
}
