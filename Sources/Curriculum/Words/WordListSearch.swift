/// Looks a word up in a generated word list (`EnglishWordList`, `SpanishWordList`): one static
/// string of sorted lines, searched in place.
enum WordListSearch {
  /// True when `word` (lowercase ASCII letters, as the lists hold them) is a line of `list`.
  /// Anything else (capitals, digits, accents, an empty string) is not.
  static func contains(_ word: some StringProtocol, in list: StaticString) -> Bool {
    var word = String(word)
    return word.withUTF8 { key in
      guard !key.isEmpty, key.allSatisfy({ (97...122).contains($0) }) else { return false }
      return list.withUTF8Buffer { list in search(key, in: list) }
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
