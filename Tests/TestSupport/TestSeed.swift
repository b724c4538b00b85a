import Foundation
import Learning

/// The seed of a randomised test. Each test names its own fixed seed, so every run draws the
/// same inputs; `TEACHBACK_TEST_SEED` replaces it, to try other inputs or to repeat a failure.
/// Put the seed in each expectation's message (it reads `seed 7 (repeat with
/// TEACHBACK_TEST_SEED=7)`), so that a failure says how to see it again.
package struct TestSeed: Sendable, CustomStringConvertible {
  package static let environmentVariable = "TEACHBACK_TEST_SEED"

  package let value: UInt64

  /// `fixed`, unless `TEACHBACK_TEST_SEED` holds a number.
  package init(
    _ fixed: UInt64, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    value = environment[Self.environmentVariable].flatMap { UInt64($0) } ?? fixed
  }

  package var description: String {
    "seed \(value) (repeat with \(Self.environmentVariable)=\(value))"
  }

  /// A generator whose whole sequence follows from the seed (the one quizzes shuffle with).
  package func makeGenerator() -> SeededGenerator { SeededGenerator(seed: value) }
}
