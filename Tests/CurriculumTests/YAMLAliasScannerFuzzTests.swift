import Testing
import Yams

@testable import Curriculum

/// Differential check of the alias scanner against libyaml: random YAML-like texts with aliases
/// to an anchor that does not exist. Whenever Yams reports "found undefined alias", libyaml saw
/// an alias, so the scanner must have reported one too.
@Suite("Alias scanner against libyaml")
struct YAMLAliasScannerFuzzTests {
  static let fragments = [
    "a", "b c", "key:", "key: ", ": ", "- ", "-", "? ", "*x", " *x", "&y ", "\"", "'", "\"q *x\"",
    "'q *x'", "\\", "|", "|-", ">", ">2", "[", "]", "{", "}", ", ", "#", " # c *x", "!!str ",
    "!t ", "%", "---", "...", "\n", "\n", "\n", "\n  ", "\n    ", "\n- ", "\n  - ", "\t", "x*x",
    "&", "*", ":x", "-x", "?x", "@", "`",
  ]

  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test(arguments: [1, 2, 3, 42] as [UInt64])
  func neverMissesAnAliasLibyamlSees(seed: UInt64) {
    var generator = SeededGenerator(state: seed)
    var misses: [String] = []
    for _ in 0..<5000 {
      let count = Int.random(in: 1...14, using: &generator)
      let text = (0..<count).map { _ in Self.fragments.randomElement(using: &generator)! }
        .joined()
      guard YAMLAliasScanner.firstFinding(in: text) == nil else { continue }
      do {
        _ = try Yams.compose(yaml: text, .basic, .default, .utf8)
      } catch {
        if "\(error)".contains("undefined alias") { misses.append(text) }
      }
    }
    #expect(misses == [])
  }
}
