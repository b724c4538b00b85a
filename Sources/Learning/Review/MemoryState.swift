import Foundation

/// What FSRS knows about one learner's memory of one question after their last answer.
package struct MemoryState: Sendable, Hashable, Codable {
  /// Days until recall probability falls to 90%.
  package var stability: Double
  /// 1 (easy) … 10 (hard).
  package var difficulty: Double
  package var lastReview: Date
  /// Answers folded into this state.
  package var reviewCount: Int
  /// Answers rated `again`.
  package var lapseCount: Int
  /// How the last answer went; `nil` for a state saved before this was kept.
  package var lastRating: ReviewRating?

  package init(
    stability: Double, difficulty: Double, lastReview: Date, reviewCount: Int = 1,
    lapseCount: Int = 0, lastRating: ReviewRating? = nil
  ) {
    self.stability = stability
    self.difficulty = difficulty
    self.lastReview = lastReview
    self.reviewCount = reviewCount
    self.lapseCount = lapseCount
    self.lastRating = lastRating
  }

  /// Whether the last answer was wrong, so the learner has not yet shown they know it.
  package var lastAnswerWasWrong: Bool { lastRating == .again }

  /// Probability of recalling the answer at `date` (1 right after the last review).
  package func retrievability(at date: Date, model: FSRS = FSRS()) -> Double {
    let days = max(0, date.timeIntervalSince(lastReview)) / FSRS.secondsPerDay
    return model.retrievability(elapsedDays: days, stability: stability)
  }

  /// When recall is expected to fall to `retention`: the next review date.
  package func due(retention: Double, model: FSRS = FSRS()) -> Date {
    let days = model.interval(stability: stability, retention: retention)
    return lastReview.addingTimeInterval(days * FSRS.secondsPerDay)
  }
}
