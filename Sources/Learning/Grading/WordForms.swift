/// How two typed words may be the same word in another form, and which words carry no meaning
/// of their own in an answer. Words here are `AnswerText.normalize`d: lowercase, no apostrophes
/// (`don't` → `dont`).
enum WordForms {
  /// The word and the roots it may be an inflection of: plurals (`fevers` → `fever`,
  /// `bodies` → `body`), `-ing` and `-ed` (`flushing`, `flushed` → `flush`; `dissolving` →
  /// `dissolve`; `clotted` → `clot`). With `derived`, also `-ness`, `-ly`, `-er` and `-est`
  /// (`redness` → `red`, `higher` → `high`), for paraphrases of a choice or a prompt. Roots are at
  /// least three letters, so `sing` never becomes `s`.
  static func roots(of word: String, derived: Bool = false) -> [String] {
    var roots = [word]
    func add(_ root: Substring, _ ending: String = "") {
      let candidate = String(root) + ending
      if candidate.count >= 3, !roots.contains(candidate) { roots.append(candidate) }
    }
    func addStem(_ stem: Substring) {
      add(stem)
      add(stem, "e")
      if let last = stem.last, stem.dropLast().last == last, !"aeiou".contains(last) {
        add(stem.dropLast())
      }
    }
    if word.hasSuffix("ies") { add(word.dropLast(3), "y") }
    if word.hasSuffix("ied") { add(word.dropLast(3), "y") }
    if word.hasSuffix("es") { add(word.dropLast(2)) }
    // Spanish `-ces` is the plural of `-z` (`luces` → `luz`); `-es` and `-s` are as above
    // (`infecciones` → `infeccion`, `venas` → `vena`).
    if word.hasSuffix("ces") { add(word.dropLast(3), "z") }
    if word.hasSuffix("s"), !word.hasSuffix("ss") { add(word.dropLast()) }
    if word.hasSuffix("ing") { addStem(word.dropLast(3)) }
    if word.hasSuffix("ed") { addStem(word.dropLast(2)) }
    if derived {
      for ending in ["ness", "ly", "er", "est"] where word.hasSuffix(ending) {
        addStem(word.dropLast(ending.count))
      }
      if word.hasSuffix("ily") { add(word.dropLast(3), "y") }
    }
    return roots
  }

  /// True when `a` and `b` are the same word or inflections of one root.
  static func sameRoot(_ a: String, _ b: String, derived: Bool = false) -> Bool {
    if a == b { return true }
    let rootsOfA = roots(of: a, derived: derived)
    return roots(of: b, derived: derived).contains { rootsOfA.contains($0) }
  }

  /// Words that turn what follows into its opposite: `not flushing` is never `flushing`.
  static let negations: Set<String> = [
    "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "cant", "cannot",
    "wont", "shouldnt", "without", "non", "nothing", "none", "neither", "nor",
    "nunca", "jamas", "sin", "ni", "nada", "ningun", "ninguno", "ninguna", "tampoco",
  ]

  /// Articles: `the septum` is `septum`, `el septo` is `septo`.
  static let articles: Set<String> = [
    "a", "an", "the", "el", "la", "los", "las", "un", "una", "unos", "unas", "lo",
  ]

  /// Words that only lead into an answer (`i think it is the septum`, `option b`), dropped from
  /// its start.
  static let leadIns: Set<String> = [
    "i", "think", "thinking", "guess", "believe", "maybe", "probably", "perhaps", "um", "uh",
    "umm", "hmm", "well", "ok", "okay", "its", "it", "is", "thats", "that", "called", "answer",
    "option", "choice", "letter", "number", "would", "say", "id", "be", "im", "going", "with",
    "go", "pick", "choose", "my",
    // Spanish (`creo que es el septo`, `se llama septo`, `la opcion b`).
    "creo", "que", "pienso", "quizas", "quiza", "tal", "vez", "es", "son", "seria", "diria", "yo",
    "mmm", "eh", "pues", "bueno", "se", "llama", "respuesta", "opcion", "letra", "numero", "mi",
    "elijo", "escojo", "el", "la",
  ]

  /// Words too common to tell one choice from another (`the size of a quarter` names the choice
  /// by `size` and `quarter`).
  static let commonWords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "into", "on", "at", "and", "or", "is", "are", "it", "its",
    "be", "for", "with", "your", "you", "this", "that", "one", "i", "think", "about", "like",
    "just", "so", "as", "by", "them", "they", "their", "then",
    "de", "del", "el", "la", "los", "las", "un", "una", "y", "o", "en", "al", "con", "por",
    "para", "es", "son", "su", "sus", "que", "se", "lo", "le", "como", "mas", "muy",
  ]

  /// Words that only close an answer (`b please`, `septum i think`), dropped from its end.
  static let tails: Set<String> = [
    "please", "thanks", "thank", "you", "i", "think", "guess", "maybe", "probably", "perhaps",
    "right", "ok", "okay",
    "por", "favor", "gracias", "creo", "quizas", "bien",
  ]

  /// `words` without its lead-ins and tail words (`i think its b please` → `b`); unchanged when
  /// nothing else is left.
  static func droppingLeadIns(_ words: [String]) -> [String] {
    var kept = words.drop { leadIns.contains($0) }
    while let last = kept.last, tails.contains(last), kept.count > 1 { kept.removeLast() }
    return kept.isEmpty ? words : Array(kept)
  }

  /// `first` … `tenth` and `last` as a 0-based position among `count` choices.
  static func ordinal(_ word: String, count: Int) -> Int? {
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth",
    ]
    if ["last", "ultimo", "ultima"].contains(word) { return count > 0 ? count - 1 : nil }
    guard let index = ordinals.firstIndex(of: word) ?? spanishOrdinals[word], index < count
    else { return nil }
    return index
  }

  /// `primero` … `decimo` (accents folded, either gender) as 0-based positions.
  private static let spanishOrdinals: [String: Int] = [
    "primero": 0, "primera": 0, "primer": 0, "segundo": 1, "segunda": 1, "tercero": 2,
    "tercera": 2, "tercer": 2, "cuarto": 3, "cuarta": 3, "quinto": 4, "quinta": 4, "sexto": 5,
    "sexta": 5, "septimo": 6, "septima": 6, "octavo": 7, "octava": 7, "noveno": 8, "novena": 8,
    "decimo": 9, "decima": 9,
  ]

  /// `words` without articles; unchanged when nothing else is left.
  static func droppingArticles(_ words: [String]) -> [String] {
    let kept = words.filter { !articles.contains($0) }
    return kept.isEmpty ? words : kept
  }
}
