import Foundation

/// The seed of a randomised test. Each test names its own fixed seed, so every run draws the
/// same inputs; `TEACHBACK_TEST_SEED` replaces it, to try other inputs or to repeat a failure.
/// Put the seed in each expectation's message (it reads `seed 7 (repeat with
/// TEACHBACK_TEST_SEED=7)`), so that a failure says how to see it again.
public struct TestSeed: Sendable, CustomStringConvertible {
  public static let environmentVariable = "TEACHBACK_TEST_SEED"

  public let value: UInt64

  /// `fixed`, unless `TEACHBACK_TEST_SEED` holds a number.
  public init(
    _ fixed: UInt64, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    value = environment[Self.environmentVariable].flatMap { UInt64($0) } ?? fixed
  }

  public var description: String {
    "seed \(value) (repeat with \(Self.environmentVariable)=\(value))"
  }

  /// A generator whose whole sequence follows from the seed.
  public func makeGenerator() -> TestRandom { TestRandom(seed: value) }
}

/// SplitMix64: a small generator whose every value follows from its seed, for tests.
public struct TestRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
