import Curriculum
import Learning

/// "Did you mean" for learners' names, ignoring case: a name one slip away (two for names
/// longer than 4 letters), or one the typed name begins (`Rosa` for "Rosa Martinez") or is a
/// whole word of (`Martinez`).
package enum LearnerNames {
  /// The learner whose name is nearest `typed`, or nil when none is near. On a tie, the one
  /// used most recently.
  package static func nearest(to typed: String, among learners: [Learner]) -> Learner? {
    let word = typed.lowercased()
    let limit = word.count <= 4 ? 1 : 2
    let scored = learners.compactMap { learner -> (Learner, Int)? in
      let name = learner.name.lowercased()
      if name == word { return nil }
      if let distance = EditDistance.between(word, name, limit: limit) {
        return (learner, distance)
      }
      let words = name.split(separator: " ").map(String.init)
      if word.count >= 2 && (name.hasPrefix(word + " ") || words.contains(word)) {
        return (learner, limit)
      }
      return nil
    }
    return scored.min { a, b in
      a.1 != b.1 ? a.1 < b.1 : (a.0.lastUsedAt ?? .distantPast) > (b.0.lastUsedAt ?? .distantPast)
    }?.0
  }
}
