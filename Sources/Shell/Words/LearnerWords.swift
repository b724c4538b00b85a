import Learning

// How the shell speaks of a learner: by name, or as "you" when the learner is the one at the
// keyboard (the learner the shell works for now).

extension Learner {
  /// `Dev's`, or `your` when `current` is this learner: "erases all of Dev's reading".
  func possessive(current: Learner?) -> String {
    current?.id == id ? "your" : Self.possessive(of: name)
  }

  /// A name's possessive: `Dev's`, `Luis's`.
  static func possessive(of name: String) -> String { name + "'s" }
}
