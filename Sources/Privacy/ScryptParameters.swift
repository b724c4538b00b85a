/// The cost of scrypt: N = 2^logRounds, block size r, parallelism p.
public struct ScryptParameters: Sendable, Equatable {
  public let logRounds: Int
  public let blockSize: Int
  public let parallelism: Int

  /// N = 2^16, r = 8, p = 1: 64 MiB and about 175 ms a check in a release build on the 2-core
  /// build machine (N = 2^15 took 87 ms there, under the 100 ms aimed for).
  public static let standard = ScryptParameters(logRounds: 16, blockSize: 8, parallelism: 1)

  public init(logRounds: Int, blockSize: Int, parallelism: Int) {
    self.logRounds = logRounds
    self.blockSize = blockSize
    self.parallelism = parallelism
  }

  public var rounds: Int { 1 << logRounds }

  /// The bounds a stored hash must keep, so a damaged or planted row cannot ask for a
  /// cheap check or for gigabytes of memory.
  var isWithinBounds: Bool {
    (10...20).contains(logRounds) && (1...16).contains(blockSize) && (1...4).contains(parallelism)
  }

  init?(text: String) {
    var values: [String: Int] = [:]
    for pair in text.split(separator: ",") {
      let halves = pair.split(separator: "=", maxSplits: 1)
      guard halves.count == 2, let value = Int(halves[1]) else { return nil }
      values[String(halves[0])] = value
    }
    guard let logRounds = values["ln"], let blockSize = values["r"],
      let parallelism = values["p"], values.count == 3
    else { return nil }
    self.init(logRounds: logRounds, blockSize: blockSize, parallelism: parallelism)
    guard isWithinBounds else { return nil }
  }
}
