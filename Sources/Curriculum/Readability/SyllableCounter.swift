import Foundation

/// Estimates the syllables of an English word, for readability scores.
///
/// The rules, in order:
/// 1. A small list of common words the rules get wrong (`area`, `being`, `fluid`, `someone`…).
/// 2. Suffixes `-ly`, `-ful`, `-ment`, `-ness`, `-less` are counted on their own, so the silent
///    `e` before them stays silent (`safely` = safe + ly = 2).
/// 3. Each group of consecutive vowels (`a e i o u`, and `y` after the first letter) is one
///    syllable.
/// 4. A final silent `e` is dropped (`care` = 1), except in consonant + `le` (`table` = 2).
/// 5. A final `-ed` is silent except after `t` or `d` (`washed` = 1, `needed` = 2).
/// 6. A final `-es` is silent except after `s`, `x`, `z`, `ch`, `sh`, `c`, `g` or consonant +
///    `l` (`takes` = 1, `washes` = 2).
/// 7. Every word has at least one syllable; digits count one syllable per digit; accented
///    letters count as their base letter.
///
/// Like any rule-based counter it is off for some words; the list in rule 1 covers the misses
/// most common in patient-education text.
package enum SyllableCounter {
  package static func count(_ word: some StringProtocol) -> Int {
    var letters: [UInt8] = []
    letters.reserveCapacity(16)
    var digits = 0
    for scalar in word.unicodeScalars {
      switch scalar.value {
      case 65...90: letters.append(UInt8(scalar.value + 32))
      case 97...122: letters.append(UInt8(scalar.value))
      case 48...57: digits += 1
      case 0..<128: continue
      default:
        // Accented letters count as their base letter (é → e).
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
        if let base, let ascii = base.properties.lowercaseMapping.unicodeScalars.first,
          (97...122).contains(ascii.value)
        {
          letters.append(UInt8(ascii.value))
        }
      }
    }
    if letters.isEmpty { return max(digits, 1) }
    return max(1, countLetters(letters[...])) + digits
  }

  private static let exceptions: [String: Int] = [
    "area": 3, "areas": 3, "being": 2, "doing": 2, "going": 2, "seeing": 2, "create": 2,
    "created": 3, "idea": 3, "ideas": 3, "fluid": 2, "fluids": 2, "period": 3, "periods": 3,
    "serious": 3, "radio": 3, "video": 3, "science": 2, "quiet": 2, "someone": 2,
    "something": 2, "sometimes": 2, "somewhere": 2, "anyone": 3, "everyone": 3, "every": 2,
    "everything": 3, "maybe": 2, "recipe": 3, "medium": 3, "via": 2, "diet": 2, "react": 2,
    "reaction": 3, "usual": 3, "usually": 4, "actually": 4, "gradual": 3, "gradually": 4,
    "poem": 2, "iv": 2, "ok": 2, "okay": 2, "tv": 2, "anesthesia": 5, "anaesthesia": 5,
    "chemotherapy": 5, "biopsy": 3, "became": 2, "become": 2, "because": 2,
  ]

  private static let separateSuffixes: [[UInt8]] = ["less", "ness", "ment", "ful", "ly"].map {
    Array($0.utf8)
  }

  private static func countLetters(_ word: ArraySlice<UInt8>) -> Int {
    if word.count <= 12, let known = exceptions[String(decoding: word, as: UTF8.self)] {
      return known
    }
    for suffix in separateSuffixes
    where word.count > suffix.count + 2 && word.suffix(suffix.count).elementsEqual(suffix) {
      let stem = word.dropLast(suffix.count)
      if stem.contains(where: isVowel), !stem.suffix(suffix.count).elementsEqual(suffix) {
        return max(1, countLetters(stem)) + 1
      }
    }
    var groups = 0
    var previousWasVowel = false
    for (offset, letter) in word.enumerated() {
      let vowel = isVowel(letter) || (letter == y && offset > 0)
      if vowel && !previousWasVowel { groups += 1 }
      previousWasVowel = vowel
    }
    let n = word.count
    guard n >= 3, groups > 1 else { return max(groups, 1) }
    let end = word.endIndex
    let last = word[end - 1]
    let beforeLast = word[end - 2]
    let third = word[end - 3]
    if last == e, !isVowel(beforeLast) {
      let consonantLE = beforeLast == l && !isVowel(third) && third != l
      if !consonantLE { groups -= 1 }
    } else if last == d, beforeLast == e, !isVowel(third), third != t, third != d {
      groups -= 1
    } else if last == s, beforeLast == e, !isVowel(third) {
      let fourth: UInt8? = n >= 4 ? word[end - 4] : nil
      let sibilant =
        sibilants.contains(third) || (third == h && (fourth == c || fourth == s))
        || (third == l && fourth.map { !isVowel($0) } == true)
      if !sibilant { groups -= 1 }
    }
    return max(groups, 1)
  }

  private static let (c, d, e, h, l, s, t, y) = (
    UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "h"),
    UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "y")
  )
  private static let sibilants = Array("sxzcg".utf8)

  private static func isVowel(_ letter: UInt8) -> Bool {
    switch letter {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"):
      return true
    default: return false
    }
  }
}
