/// "Did you mean …?" for words a learner may mistype.
enum Suggestion {
  /// The option closest to `word` by edit distance, if it is close enough to be a typo:
  /// one edit for short words, two for words of six letters or more.
  static func closest(to word: String, among options: [String]) -> String? {
    let word = word.lowercased()
    guard !word.isEmpty else { return nil }
    let allowed = word.count >= 6 ? 2 : 1
    var best: (option: String, distance: Int)?
    for option in options {
      let distance = editDistance(word, option.lowercased())
      if distance <= allowed, distance < (best?.distance ?? .max) {
        best = (option, distance)
      }
    }
    return best?.option
  }

  /// Levenshtein distance, with an adjacent swap counted as one edit.
  static func editDistance(_ left: String, _ right: String) -> Int {
    let a = Array(left)
    let b = Array(right)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
