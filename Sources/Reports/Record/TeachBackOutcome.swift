/// How well a topic was understood when checked by teach-back in the record's period.
///
/// The rule, per learner and topic, over the answers in the period (a question's *last* answer
/// in the period settles it, so a miss re-taught and then answered right counts as understood):
/// - `notChecked`: no question of the topic was answered;
/// - `needsReview`: at least one answered question's last answer was wrong (missed);
/// - `understood`: questions were answered and every one's last answer was right — on the first
///   try or on the second, after the re-explanation.
package enum TeachBackOutcome: String, Sendable, Hashable, Codable, CaseIterable {
  case understood
  case needsReview
  case notChecked

  /// The outcome in words, for people: never colour alone.
  package var title: String {
    switch self {
    case .understood: "Understood"
    case .needsReview: "Needs review"
    case .notChecked: "Not checked"
    }
  }
}
