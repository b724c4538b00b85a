/// Counts the syllables of a Spanish word, for the Fernández Huerta score.
///
/// Each group of vowels is one syllable, split where two vowels meet in a hiatus:
/// - `a`, `e`, `o` are strong, `i`, `u` (and `ü`) weak; a weak vowel beside another vowel makes
///   a diphthong with it (`cien`, `cuida`, `ciudad`, `buey`), two strong vowels are a hiatus
///   (`le-er`, `a-ho-ra` is split by the `h` anyway), and so is an accented `í` or `ú` beside a
///   strong vowel (`dí-a`, `ba-úl`): the accent makes it strong.
/// - the `u` of `que`, `qui`, `gue`, `gui` is silent (`queso`, `guitarra`); `ü` is said
///   (`pingüino`).
/// - `y` is a vowel only at the end of a word (`muy`, `hoy`, `y`).
/// - every word has at least one syllable; digits count one each.
package enum SpanishSyllableCounter {
  package static func count(_ word: some StringProtocol) -> Int {
    let letters = Array(word.lowercased())
    if letters.allSatisfy(\.isNumber) { return max(letters.count, 1) }
    var syllables = 0
    var previous: Character?
    for (index, letter) in letters.enumerated() {
      guard isVowel(letter, at: index, in: letters) else {
        previous = nil
        continue
      }
      if let previous, !isHiatus(previous, letter) {
        // The same syllable: a diphthong or triphthong.
      } else {
        syllables += 1
      }
      previous = letter
    }
    return max(syllables, 1)
  }

  private static func isVowel(_ letter: Character, at index: Int, in letters: [Character])
    -> Bool
  {
    switch letter {
    case "a", "e", "o", "á", "é", "ó", "í", "ú", "ü", "i":
      return true
    case "u":
      // Silent in `que`, `qui`, `gue`, `gui`.
      let before = index > 0 ? letters[index - 1] : nil
      let after = index + 1 < letters.count ? letters[index + 1] : nil
      if before == "q" || (before == "g" && ["e", "i", "é", "í"].contains(after)) {
        return false
      }
      return true
    case "y":
      return index == letters.count - 1
    default:
      return false
    }
  }

  /// Weak: unaccented `i`, `u`, `ü`, and `y` as a vowel.
  private static func isWeak(_ vowel: Character) -> Bool {
    ["i", "u", "ü", "y"].contains(vowel)
  }

  /// Two vowels side by side are in different syllables when neither is weak.
  private static func isHiatus(_ first: Character, _ second: Character) -> Bool {
    !isWeak(first) && !isWeak(second)
  }
}
