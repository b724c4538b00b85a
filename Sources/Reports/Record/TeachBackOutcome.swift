/// How well a topic was understood, by teach-back, on the record's evidence: a session record's
/// evidence is that session's answers, a learner's record every answer they ever gave. Reading
/// plays no part: it is shown beside the outcome, never mixed into it.
///
/// The rule, per learner and topic (`init(answers:)`), where a question's *last* answer settles
/// it and a skipped question was never answered:
/// - `notAssessed`: no question of the topic was answered (nothing asked, or only skipped);
/// - `needsReview`: some question's last answer was wrong or "I don't know";
/// - `partlyUnderstood`: some questions were answered, every last answer was right, and some
///   were never answered;
/// - `understood`: every question was answered and every last answer was right, with no miss
///   on the way;
/// - `understoodAfterReteaching`: the same, but a miss (or "I don't know") came first for at
///   least one question, and the re-teaching worked.
package enum TeachBackOutcome: String, Sendable, Hashable, Codable, CaseIterable {
  case understood
  case understoodAfterReteaching
  case partlyUnderstood
  case needsReview
  case notAssessed

  /// How one answer went, as the rule reads it.
  package enum Verdict: Sendable, Hashable {
    case right
    case wrong
    case didNotKnow
  }

  /// The outcome of a topic from its questions' answers: one list per question of the topic,
  /// oldest answer first, empty for a question never answered.
  package init(answers: [[Verdict]]) {
    let asked = answers.filter { !$0.isEmpty }
    if asked.isEmpty {
      self = .notAssessed
    } else if asked.contains(where: { $0.last != .right }) {
      self = .needsReview
    } else if asked.count < answers.count {
      self = .partlyUnderstood
    } else if asked.contains(where: { $0.contains { $0 != .right } }) {
      self = .understoodAfterReteaching
    } else {
      self = .understood
    }
  }

  /// The outcome in words, for people: never colour alone.
  package var title: String {
    switch self {
    case .understood: "Understood"
    case .understoodAfterReteaching: "Understood after re-teaching"
    case .partlyUnderstood: "Partly understood"
    case .needsReview: "Needs review"
    case .notAssessed: "Not assessed"
    }
  }

  /// A symbol beside the words, for a quick look down a column.
  package var symbol: String {
    switch self {
    case .understood, .understoodAfterReteaching: "✓"
    case .partlyUnderstood: "◐"
    case .needsReview: "!"
    case .notAssessed: "–"
    }
  }
}
