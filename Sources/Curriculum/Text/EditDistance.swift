/// Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
/// neighbouring characters each cost 1), used for "did you mean" suggestions.
package enum EditDistance {
  /// The distance, or nil as soon as it is known to exceed `limit` (keeps long words cheap).
  package static func between(_ a: some StringProtocol, _ b: some StringProtocol, limit: Int)
    -> Int?
  {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }

  /// The candidate closest to `word`, for "did you mean `x`?": one edit away, else sharing a
  /// long beginning (`reexplanation` → `reexplain`), else two edits away (for longer words).
  package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    let candidates = Array(candidates)
    let limit = word.count <= 4 ? 1 : 2
    var best: (String, Int)?
    for candidate in candidates {
      guard let distance = between(word, candidate, limit: limit) else { continue }
      if best == nil || distance < best!.1 { best = (candidate, distance) }
    }
    if let best, best.1 <= 1 { return best.0 }
    let sharedBeginning = candidates.map { candidate in
      (candidate, zip(word, candidate).prefix { $0 == $1 }.count)
    }.max { $0.1 < $1.1 }
    if let sharedBeginning, sharedBeginning.1 >= 5 { return sharedBeginning.0 }
    return best?.0
  }
}
