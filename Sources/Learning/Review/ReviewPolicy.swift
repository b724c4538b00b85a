import Curriculum
import Foundation

/// How answers become FSRS ratings and when questions come back.
///
/// Ratings: a wrong answer is `again`; right on the second try or after asking for a hint is
/// `hard`; right on the first try is `good`, or `easy` when it took under `fastAnswerSeconds`
/// (10 s by default: long enough to read a short prompt and type a letter, too short to puzzle
/// it out). Red-flag questions are never rated `easy`, so a quick lucky tap cannot push a safety
/// item far away, and they are scheduled for a desired retention of 0.95 instead of 0.9, which
/// makes their intervals about 0.46 times as long (`(0.95^−2 − 1)/(0.9^−2 − 1)`).
/// Intervals are rounded to whole days, at least one day.
package struct ReviewPolicy: Sendable, Hashable {
  package var model: FSRS
  package var desiredRetention: Double
  package var redFlagRetention: Double
  package var fastAnswerSeconds: Double

  package init(
    model: FSRS = FSRS(), desiredRetention: Double = 0.9, redFlagRetention: Double = 0.95,
    fastAnswerSeconds: Double = 10
  ) {
    self.model = model
    self.desiredRetention = desiredRetention
    self.redFlagRetention = redFlagRetention
    self.fastAnswerSeconds = fastAnswerSeconds
  }

  package func rating(
    correct: Bool, tryNumber: Int, usedHint: Bool, seconds: Double, isRedFlag: Bool
  ) -> ReviewRating {
    guard correct else { return .again }
    if tryNumber > 1 || usedHint { return .hard }
    if !isRedFlag && seconds >= 0 && seconds < fastAnswerSeconds { return .easy }
    return .good
  }

  package func retention(isRedFlag: Bool) -> Double {
    isRedFlag ? redFlagRetention : desiredRetention
  }

  /// Whole days from the last review to the next, at least one.
  package func intervalDays(_ state: MemoryState, isRedFlag: Bool) -> Double {
    let days = model.interval(
      stability: state.stability, retention: retention(isRedFlag: isRedFlag))
    return max(1, days.rounded())
  }

  package func due(_ state: MemoryState, isRedFlag: Bool) -> Date {
    state.lastReview.addingTimeInterval(
      intervalDays(state, isRedFlag: isRedFlag) * FSRS.secondsPerDay)
  }
}
