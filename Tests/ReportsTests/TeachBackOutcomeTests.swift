import Reports
import Testing

/// The teach-back rule as a table: each row is a topic's questions, each with its answers
/// oldest first (empty: never asked; a skipped question is never stored, so it is empty too).
@Suite("Teach-back outcome rule")
struct TeachBackOutcomeTests {
  typealias Verdict = TeachBackOutcome.Verdict

  static let cases: [(answers: [[Verdict]], outcome: TeachBackOutcome, why: String)] = [
    ([], .notAssessed, "a topic without questions"),
    ([[], [], []], .notAssessed, "nothing asked, or only skipped"),
    ([[.right], [.right]], .understood, "every question asked, each right at once"),
    ([[.wrong, .right], [.right]], .understoodAfterReteaching, "a miss came first"),
    ([[.didNotKnow, .right], [.right]], .understoodAfterReteaching, "a did-not-know came first"),
    ([[.right, .wrong, .right]], .understoodAfterReteaching, "missed once later, right again"),
    ([[.right], []], .partlyUnderstood, "right so far, one never asked"),
    ([[.wrong, .right], [], []], .partlyUnderstood, "re-taught and right, others not asked"),
    ([[.right], [.wrong]], .needsReview, "a last answer wrong"),
    ([[.right], [.didNotKnow]], .needsReview, "a last answer did-not-know"),
    ([[.right, .wrong], []], .needsReview, "right first, wrong last"),
    ([[.wrong], [], []], .needsReview, "one asked and missed, two never asked"),
  ]

  @Test(arguments: cases.indices)
  func theRule(_ index: Int) {
    let row = Self.cases[index]
    #expect(TeachBackOutcome(answers: row.answers) == row.outcome, "\(row.why)")
  }

  @Test func everyOutcomeHasWordsAndASymbol() {
    for outcome in TeachBackOutcome.allCases {
      #expect(!outcome.title.isEmpty && !outcome.symbol.isEmpty)
    }
    #expect(TeachBackOutcome.understoodAfterReteaching.title == "Understood after re-teaching")
  }
}
