/// Whether a word is a real English word, from the word list built into the program
/// (`EnglishWordList`, generated from Debian's wamerican by `scripts/generate-word-list.sh`).
///
/// Nothing is loaded or built: the list is one static string of sorted lines, and a lookup is a
/// binary search over its bytes in place (about 17 steps), so it costs nothing at start-up and
/// well under a microsecond per word. The grader uses it so that a typo is forgiven only when
/// the typed word is not itself a different real word ("feasting" is not "fasting"), and search
/// so that it says "did you mean" only for a word that is not one.
package enum EnglishWords {
  /// How many words the list holds.
  package static var count: Int { EnglishWordList.count }

  /// True when `word` (lowercase ASCII letters, as the list holds them) is in the list.
  /// Anything else (capitals, digits, accents, an empty string) is not.
  package static func contains(_ word: some StringProtocol) -> Bool {
    var word = String(word)
    return word.withUTF8 { key in
      guard !key.isEmpty, key.allSatisfy({ (97...122).contains($0) }) else { return false }
      return EnglishWordList.text.withUTF8Buffer { list in Self.search(key, in: list) }
    }
  }

  /// Binary search over the lines of `list` (each line starts after a newline byte).
  private static func search(_ key: UnsafeBufferPointer<UInt8>, in list: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      var start = middle
      while start > 0, list[start - 1] != 10 { start -= 1 }
      var end = middle
      while end < list.count, list[end] != 10 { end += 1 }
      if start == end {
        // The empty line before the first word.
        low = end + 1
        continue
      }
      switch compare(key, list, start, end) {
      case 0: return true
      case ..<0: high = start
      default: low = end + 1
      }
    }
    return false
  }

  /// Byte-order comparison of `key` with `list[start..<end]`: negative, zero or positive.
  private static func compare(
    _ key: UnsafeBufferPointer<UInt8>, _ list: UnsafeBufferPointer<UInt8>, _ start: Int,
    _ end: Int
  ) -> Int {
    let length = min(key.count, end - start)
    for offset in 0..<length where key[offset] != list[start + offset] {
      return Int(key[offset]) - Int(list[start + offset])
    }
    return key.count - (end - start)
  }
}
