import Foundation
import Testing

@testable import Learning

/// Reference values computed by hand from the FSRS-5 equations (see `FSRS`) with the default
/// weights, in double precision.
@Suite struct FSRSTests {
  let fsrs = FSRS()
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  func days(_ count: Double) -> Date { start.addingTimeInterval(count * 86_400) }

  func near(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance
  }

  @Test(arguments: [
    (ReviewRating.again, 0.40255, 7.1949), (.hard, 1.18385, 6.488305268471453),
    (.good, 3.173, 5.282434422319005), (.easy, 15.69105, 3.2245015893713678),
  ])
  func firstAnswer(rating: ReviewRating, stability: Double, difficulty: Double) {
    let state = fsrs.review(nil, rating: rating, at: start)
    #expect(near(state.stability, stability))
    #expect(near(state.difficulty, difficulty))
    #expect(state.reviewCount == 1)
    #expect(state.lapseCount == (rating == .again ? 1 : 0))
  }

  @Test func retrievabilityAndInterval() {
    #expect(near(fsrs.retrievability(elapsedDays: 3, stability: 3.173), 0.9046982108893272))
    #expect(near(fsrs.retrievability(elapsedDays: 0, stability: 3.173), 1))
    #expect(near(fsrs.interval(stability: 10, retention: 0.9), 10))
    #expect(near(fsrs.interval(stability: 10, retention: 0.95), 4.60562764251349))
  }

  @Test(arguments: [
    (ReviewRating.hard, 4.924511833379462, 6.0349502556102195),
    (.good, 10.73892584613159, 5.272967931287446),
    (.easy, 25.79360509476422, 4.510985606964673),
  ])
  func successThreeDaysAfterGood(rating: ReviewRating, stability: Double, difficulty: Double) {
    let first = fsrs.review(nil, rating: .good, at: start)
    let second = fsrs.review(first, rating: rating, at: days(3))
    #expect(near(second.stability, stability))
    #expect(near(second.difficulty, difficulty))
    #expect(second.lastReview == days(3))
    #expect(second.reviewCount == 2)
  }

  @Test func failureTenDaysAfterGood() {
    let first = fsrs.review(nil, rating: .good, at: start)
    let second = fsrs.review(first, rating: .again, at: days(10))
    #expect(near(second.stability, 1.4717624124106872))
    #expect(near(second.difficulty, 6.796932579932991))
    #expect(second.lapseCount == 1)
  }

  @Test func sameDayThenLater() {
    let missed = fsrs.review(nil, rating: .again, at: start)
    let retried = fsrs.review(missed, rating: .hard, at: start.addingTimeInterval(3600))
    #expect(near(retried.stability, 0.33807814525704416))
    #expect(near(retried.difficulty, 7.629716592535107))
    let later = fsrs.review(retried, rating: .good, at: start.addingTimeInterval(3600 + 2 * 86_400))
    #expect(near(later.stability, 2.970887125673939))
    #expect(near(later.difficulty, 7.609452603520554))
  }

  @Test(arguments: [
    (true, 1, false, 5.0, false, ReviewRating.easy), (true, 1, false, 25, false, .good),
    (true, 1, false, 5, true, .good), (true, 1, true, 5, false, .hard),
    (true, 2, false, 5, false, .hard), (false, 1, false, 5, false, .again),
    (false, 2, true, 30, true, .again),
  ])
  func ratingsFromAnswers(
    correct: Bool, tryNumber: Int, hint: Bool, seconds: Double, redFlag: Bool, rating: ReviewRating
  ) {
    let policy = ReviewPolicy()
    #expect(
      policy.rating(
        correct: correct, tryNumber: tryNumber, usedHint: hint, seconds: seconds, isRedFlag: redFlag
      )
        == rating)
  }

  @Test func redFlagsComeBackSooner() {
    let policy = ReviewPolicy()
    let state = MemoryState(stability: 10, difficulty: 5, lastReview: start)
    #expect(policy.intervalDays(state, isRedFlag: false) == 10)
    #expect(policy.intervalDays(state, isRedFlag: true) == 5)
    #expect(policy.due(state, isRedFlag: true) == days(5))
    let fresh = MemoryState(stability: 0.4, difficulty: 7, lastReview: start)
    #expect(policy.intervalDays(fresh, isRedFlag: false) == 1)
  }
}
