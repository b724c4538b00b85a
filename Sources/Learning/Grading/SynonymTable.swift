/// The manifest's synonym groups, ready for matching: any word or phrase of a group may stand for
/// any other of the same group, also inside a longer answer ("flush the tube" = "flush the line"),
/// and in another form (`clots` = `blood clot`).
package struct SynonymTable: Sendable, Hashable {
  /// Normalized member phrase → the group's first member, normalized.
  private var canonicalByPhrase: [String: String] = [:]
  /// One-word members, for forgiving a typo inside a synonym.
  private var singleWords: [(word: String, canonical: String)] = []
  private var longestPhrase = 1

  package init(groups: [[String]]) {
    for group in groups {
      let members = group.map { AnswerText.normalize($0) }.filter { !$0.isEmpty }
      guard let canonical = members.first else { continue }
      for member in members where canonicalByPhrase[member] == nil {
        canonicalByPhrase[member] = canonical
        let length = member.split(separator: " ").count
        longestPhrase = max(longestPhrase, length)
        if length == 1 { singleWords.append((member, canonical)) }
      }
    }
  }

  package static let empty = SynonymTable(groups: [])

  package var isEmpty: Bool { canonicalByPhrase.isEmpty }

  /// `words` with every synonym replaced by its group's first member, longest phrase first.
  /// With `forgivingTypos`, a word that is one slip from exactly one synonym counts as it.
  package func canonical(_ words: [String], forgivingTypos: Bool) -> [String] {
    canonical(words, forgivingTyposIn: { _ in forgivingTypos })
  }

  /// `words` with every synonym replaced by its group's first member, longest phrase first; a
  /// word for which `mayForgive` is true (one that is not a real word) and that is a slip or
  /// two from exactly one one-word synonym counts as it.
  package func canonical(_ words: [String], forgivingTyposIn mayForgive: (String) -> Bool)
    -> [String]
  {
    guard !isEmpty else { return words }
    var out: [String] = []
    var index = 0
    while index < words.count {
      var matched = false
      for length in stride(from: min(longestPhrase, words.count - index), through: 1, by: -1) {
        let phrase = words[index..<index + length].joined(separator: " ")
        if let canonical = canonicalByPhrase[phrase] {
          out.append(contentsOf: canonical.split(separator: " ").map(String.init))
          index += length
          matched = true
          break
        }
      }
      if matched { continue }
      let word = words[index]
      if let root = WordForms.roots(of: word).dropFirst().first(where: {
        canonicalByPhrase[$0] != nil
      }) {
        out.append(contentsOf: canonicalByPhrase[root]!.split(separator: " ").map(String.init))
      } else if mayForgive(word), let canonical = nearestCanonical(to: word) {
        out.append(contentsOf: canonical.split(separator: " ").map(String.init))
      } else {
        out.append(word)
      }
      index += 1
    }
    return out
  }

  private func nearestCanonical(to word: String) -> String? {
    var found: String?
    for entry in singleWords {
      let allowance = AnswerText.typoAllowance(letterCount: entry.word.count)
      guard allowance > 0, AnswerText.editDistance(word, entry.word, limit: allowance) <= allowance
      else { continue }
      if let found, found != entry.canonical { return nil }
      found = entry.canonical
    }
    return found
  }

  package static func == (lhs: SynonymTable, rhs: SynonymTable) -> Bool {
    lhs.canonicalByPhrase == rhs.canonicalByPhrase
  }

  package func hash(into hasher: inout Hasher) { hasher.combine(canonicalByPhrase) }
}
