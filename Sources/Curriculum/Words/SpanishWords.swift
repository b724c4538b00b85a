/// Whether a word is a real Spanish word, from the word list built into the program
/// (`SpanishWordList`, generated from Debian's wspanish by
/// `scripts/generate-spanish-word-list.sh`), accents and `ñ` folded as answers are.
///
/// The list holds mostly dictionary forms, so a plural of a listed word is real too (`venas`,
/// `infecciones`, `luces` for `luz`). Like `EnglishWords`, a lookup is a binary search over the
/// static list's bytes; nothing is built at start-up.
package enum SpanishWords {
  /// How many words the list holds.
  package static var count: Int { SpanishWordList.count }

  /// True when `word` (lowercase ASCII letters, accents folded) or the singular it is the plural
  /// of is in the list.
  package static func contains(_ word: some StringProtocol) -> Bool {
    let word = String(word)
    if WordListSearch.contains(word, in: SpanishWordList.text) { return true }
    return singulars(of: word).contains { WordListSearch.contains($0, in: SpanishWordList.text) }
  }

  /// The singulars `word` may be the plural of: `-s` (`venas`), `-es` (`infecciones`), and
  /// `-ces` for `-z` (`luces`).
  static func singulars(of word: String) -> [String] {
    guard word.count > 3, word.hasSuffix("s") else { return [] }
    var singulars = [String(word.dropLast())]
    if word.hasSuffix("es") { singulars.append(String(word.dropLast(2))) }
    if word.hasSuffix("ces") { singulars.append(String(word.dropLast(3)) + "z") }
    return singulars
  }
}
