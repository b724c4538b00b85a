import Foundation

/// The FSRS-5 memory model (Free Spaced Repetition Scheduler, the algorithm in Anki 23.10+),
/// with its published default weights.
///
/// Equations as given in open-spaced-repetition's “The Algorithm” (fsrs4anki wiki, FSRS-5
/// section) and implemented by py-fsrs 5 / fsrs-rs:
/// - retrievability `R(t,S) = (1 + FACTOR·t/S)^DECAY`, `DECAY = −0.5`, `FACTOR = 19/81`;
/// - interval for desired retention `r`: `I = S/FACTOR · (r^(1/DECAY) − 1)` (so `I = S` at 0.9);
/// - first answer: `S0(G) = w[G−1]`, `D0(G) = w4 − e^(w5·(G−1)) + 1`, clamped to 1…10;
/// - difficulty: `D' = D + (−w6·(G−3))·(10−D)/9` (linear damping), then mean reversion
///   `D'' = w7·D0(4) + (1−w7)·D'`, clamped to 1…10;
/// - success: `S' = S·(e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R))−1)·hardPenalty·easyBonus + 1)` with
///   `hardPenalty = w15` for Hard, `easyBonus = w16` for Easy;
/// - failure: `S' = min(w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18))`;
/// - an answer on the same day as the last one (less than one whole day later):
///   `S' = S·e^(w17·(G − 3 + w18))`.
/// Elapsed time for a review counts whole days, as Anki and py-fsrs do; the stability used by an
/// update is the one before it, and the difficulty is updated after it.
package struct FSRS: Sendable, Hashable {
  package static let decay = -0.5
  package static let factor = 19.0 / 81.0
  package static let secondsPerDay = 86_400.0
  package static let minimumStability = 0.01
  /// Longest interval FSRS will schedule, in days.
  package static let maximumInterval = 36_500.0

  /// The FSRS-5 default weights w0…w18.
  package static let defaultWeights: [Double] = [
    0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
    1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
  ]

  package var weights: [Double]

  package init(weights: [Double] = FSRS.defaultWeights) {
    precondition(weights.count == 19, "FSRS-5 has 19 weights")
    self.weights = weights
  }

  // MARK: - Equations

  package func retrievability(elapsedDays: Double, stability: Double) -> Double {
    pow(1 + Self.factor * max(0, elapsedDays) / stability, Self.decay)
  }

  /// Days until recall falls to `retention`, unrounded.
  package func interval(stability: Double, retention: Double) -> Double {
    min(Self.maximumInterval, stability / Self.factor * (pow(retention, 1 / Self.decay) - 1))
  }

  package func initialStability(_ rating: ReviewRating) -> Double {
    max(Self.minimumStability, weights[rating.rawValue - 1])
  }

  package func initialDifficulty(_ rating: ReviewRating) -> Double {
    clampDifficulty(unclampedInitialDifficulty(rating))
  }

  package func nextDifficulty(_ difficulty: Double, _ rating: ReviewRating) -> Double {
    let delta = -weights[6] * Double(rating.rawValue - 3)
    let damped = difficulty + delta * (10 - difficulty) / 9
    let reverted = weights[7] * unclampedInitialDifficulty(.easy) + (1 - weights[7]) * damped
    return clampDifficulty(reverted)
  }

  package func stabilityAfterSuccess(
    stability s: Double, difficulty d: Double, retrievability r: Double, rating: ReviewRating
  ) -> Double {
    let hardPenalty = rating == .hard ? weights[15] : 1
    let easyBonus = rating == .easy ? weights[16] : 1
    let growth =
      exp(weights[8]) * (11 - d) * pow(s, -weights[9]) * (exp(weights[10] * (1 - r)) - 1)
      * hardPenalty * easyBonus
    return s * (growth + 1)
  }

  package func stabilityAfterFailure(
    stability s: Double, difficulty d: Double, retrievability r: Double
  )
    -> Double
  {
    let longTerm =
      weights[11] * pow(d, -weights[12]) * (pow(s + 1, weights[13]) - 1)
      * exp(weights[14] * (1 - r))
    return min(longTerm, s / exp(weights[17] * weights[18]))
  }

  package func shortTermStability(stability s: Double, rating: ReviewRating) -> Double {
    s * exp(weights[17] * (Double(rating.rawValue) - 3 + weights[18]))
  }

  // MARK: - Reviews

  /// The memory state after answering at `date` with `rating`; `state` is `nil` for a first answer.
  package func review(_ state: MemoryState?, rating: ReviewRating, at date: Date) -> MemoryState {
    let lapse = rating == .again ? 1 : 0
    guard let state else {
      return MemoryState(
        stability: initialStability(rating), difficulty: initialDifficulty(rating),
        lastReview: date,
        reviewCount: 1, lapseCount: lapse, lastRating: rating)
    }
    let elapsedDays = (max(0, date.timeIntervalSince(state.lastReview)) / Self.secondsPerDay)
      .rounded(.down)
    let stability: Double
    if elapsedDays < 1 {
      stability = shortTermStability(stability: state.stability, rating: rating)
    } else {
      let r = retrievability(elapsedDays: elapsedDays, stability: state.stability)
      stability =
        rating == .again
        ? stabilityAfterFailure(
          stability: state.stability, difficulty: state.difficulty, retrievability: r)
        : stabilityAfterSuccess(
          stability: state.stability, difficulty: state.difficulty, retrievability: r,
          rating: rating)
    }
    return MemoryState(
      stability: min(max(Self.minimumStability, stability), Self.maximumInterval * 10),
      difficulty: nextDifficulty(state.difficulty, rating),
      lastReview: max(date, state.lastReview),
      reviewCount: state.reviewCount + 1,
      lapseCount: state.lapseCount + lapse, lastRating: rating)
  }

  private func unclampedInitialDifficulty(_ rating: ReviewRating) -> Double {
    weights[4] - exp(weights[5] * Double(rating.rawValue - 1)) + 1
  }

  private func clampDifficulty(_ d: Double) -> Double { min(10, max(1, d)) }
}
