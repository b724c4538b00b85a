/// Whether a word is a real English word, from the word list built into the program
/// (`EnglishWordList`, generated from Debian's wamerican by `scripts/generate-word-list.sh`).
///
/// Nothing is loaded or built: the list is one static string of sorted lines, and a lookup is a
/// binary search over its bytes in place (about 17 steps, `WordListSearch`), so it costs nothing
/// at start-up and well under a microsecond per word. The grader uses it so that a typo is
/// forgiven only when the typed word is not itself a different real word ("feasting" is not
/// "fasting"), and search so that it says "did you mean" only for a word that is not one.
package enum EnglishWords {
  /// How many words the list holds.
  package static var count: Int { EnglishWordList.count }

  /// True when `word` (lowercase ASCII letters, as the list holds them) is in the list.
  /// Anything else (capitals, digits, accents, an empty string) is not.
  package static func contains(_ word: some StringProtocol) -> Bool {
    WordListSearch.contains(word, in: EnglishWordList.text)
  }
}
