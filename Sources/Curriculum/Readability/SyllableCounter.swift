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
/// 7. Every word has at least one syllable; digits count one syllable per digit.
///
/// Like any rule-based counter it is off for some words; the list in rule 1 covers the misses
/// most common in patient-education text.
public enum SyllableCounter {
  public static func count(_ word: some StringProtocol) -> Int {
    let lowered = word.lowercased()
    let digits = lowered.filter(\.isNumber).count
    let letters = String(lowered.unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
    if letters.isEmpty { return max(digits, 1) }
    return max(1, countLetters(letters)) + digits
  }

  private static let exceptions: [String: Int] = [
    "area": 3, "areas": 3, "being": 2, "doing": 2, "going": 2, "seeing": 2, "create": 2,
    "created": 3, "idea": 3, "ideas": 3, "fluid": 2, "fluids": 2, "fluidly": 3, "period": 3,
    "periods": 3, "serious": 3, "seriously": 4, "radio": 3, "video": 3, "science": 2, "quiet": 2,
    "someone": 2, "something": 2, "sometimes": 2, "somewhere": 2, "anyone": 3, "everyone": 3,
    "every": 2, "everything": 3, "maybe": 2, "recipe": 3, "people": 2, "business": 2,
    "medium": 3, "medial": 3, "via": 2, "diet": 2, "react": 2, "reaction": 3, "usually": 4,
    "usual": 3, "actually": 4, "gradual": 3, "gradually": 4, "cruel": 2, "poem": 2, "real": 1,
    "really": 2, "area's": 3, "being's": 2, "iv": 2, "ok": 2, "okay": 2, "tv": 2, "cancer": 2,
    "anesthesia": 5, "anaesthesia": 5, "catheter": 3, "catheters": 3, "saline": 2,
    "heparin": 3, "chemotherapy": 5, "chemo": 2, "port-a-cath": 3, "portacath": 3, "biopsy": 3,
    "the": 1, "one": 1, "once": 1, "done": 1, "gone": 1, "none": 1, "some": 1, "come": 1,
    "became": 2, "become": 2, "where": 1, "there": 1, "here": 1, "were": 1, "whole": 1,
    "sure": 1, "are": 1, "give": 1, "live": 1, "have": 1, "love": 1, "move": 1, "removed": 2,
    "remove": 2, "removes": 2, "nurse": 1, "nurses": 2, "course": 1, "because": 2,
  ]

  private static let separateSuffixes = ["less", "ness", "ment", "ful", "ly"]

  private static func countLetters(_ word: String) -> Int {
    if let known = exceptions[word] { return known }
    for suffix in separateSuffixes where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
      let stem = String(word.dropLast(suffix.count))
      if stem.contains(where: isVowel), !stem.hasSuffix(suffix) {
        return max(1, countLetters(stem)) + 1
      }
    }
    let characters = Array(word)
    var groups = 0
    var previousWasVowel = false
    for (index, character) in characters.enumerated() {
      let vowel = isVowel(character) || (character == "y" && index > 0)
      if vowel && !previousWasVowel { groups += 1 }
      previousWasVowel = vowel
    }
    let n = characters.count
    guard n >= 3, groups > 1 else { return max(groups, 1) }
    let last = characters[n - 1]
    let beforeLast = characters[n - 2]
    let third = characters[n - 3]
    if last == "e", !isVowel(beforeLast) {
      let consonantLE = beforeLast == "l" && !isVowel(third) && third != "l"
      if !consonantLE { groups -= 1 }
    } else if last == "d", beforeLast == "e", !isVowel(third), third != "t", third != "d" {
      groups -= 1
    } else if last == "s", beforeLast == "e", !isVowel(third) {
      let fourth: Character? = n >= 4 ? characters[n - 4] : nil
      let sibilant =
        "sxzcg".contains(third) || (third == "h" && (fourth == "c" || fourth == "s"))
        || (third == "l" && fourth.map { !isVowel($0) } == true)
      if !sibilant { groups -= 1 }
    }
    return max(groups, 1)
  }

  private static func isVowel(_ character: Character) -> Bool {
    "aeiou".contains(character)
  }
}
