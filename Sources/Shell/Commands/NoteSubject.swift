import Learning

/// Whom `note NAME: TEXT` is about, among the learners present: a full name, a first name or a
/// unique beginning of a name, without regard to case.
enum NoteSubject: Equatable {
  /// One learner.
  case learner(Learner)
  /// Several learners fit: the shell asks which.
  case ambiguous([Learner])
  /// Nobody: the note is about the whole session, colon and all.
  case nobody

  init(naming typed: String, among learners: [Learner]) {
    let key = typed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !key.isEmpty else {
      self = .nobody
      return
    }
    let tiers: [(Learner) -> Bool] = [
      { $0.name.lowercased() == key },
      { $0.name.lowercased().split(separator: " ").first.map(String.init) == key },
      { $0.name.lowercased().hasPrefix(key) },
    ]
    for fits in tiers {
      let found = learners.filter(fits)
      if found.count == 1 {
        self = .learner(found[0])
        return
      }
      if found.count > 1 {
        self = .ambiguous(found)
        return
      }
    }
    self = .nobody
  }
}
