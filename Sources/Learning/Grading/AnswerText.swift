import Curriculum
import Foundation

/// How typed answers are reduced before they are compared: case, accents, spacing and punctuation
/// never matter, and input is cut to a bounded length so untrusted text costs bounded time.
package enum AnswerText {
  /// Longest input (in characters) that is looked at; the rest is ignored.
  package static let maximumLength = 300

  /// Lowercased, accents folded, apostrophes dropped (`don't` → `dont`), every other run of
  /// non-letters-or-digits turned into one space, trimmed.
  /// `"  The Port-Catheter! "` → `"the port catheter"`.
  package static func normalize(_ text: some StringProtocol) -> String {
    let cut = String(text.prefix(maximumLength))
    if cut.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(cut) }
    let folded =
      cut
      .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var out = ""
    out.reserveCapacity(folded.utf8.count)
    var pendingSpace = false
    for character in folded where !apostrophes.contains(character) {
      if character.isLetter || character.isNumber {
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(character)
      } else {
        pendingSpace = true
      }
    }
    return out
  }

  /// `normalize` for ASCII text, byte by byte (most answers and content): the same result
  /// without Foundation's folding.
  private static func normalizeASCII(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 where byte != 0x27 && byte != 0x60 {
      let lowered = (65...90).contains(byte) ? byte + 32 : byte
      if (97...122).contains(lowered) || (48...57).contains(lowered) {
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(lowered)
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}", "`"]

  /// The normalized words of `text`.
  package static func words(_ text: some StringProtocol) -> [String] {
    normalize(text).split(separator: " ").map(String.init)
  }

  /// How many typing slips an answer of `letterCount` letters may have and still count:
  /// none up to 3 letters, one for 4–7, two for longer.
  package static func typoAllowance(letterCount: Int) -> Int {
    switch letterCount {
    case ...3: 0
    case 4...7: 1
    default: 2
    }
  }

  /// Edit distance counting an insertion, deletion, substitution or swap of two neighbours as one
  /// slip; `limit + 1` once past `limit`.
  package static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    EditDistance.between(a, b, limit: limit) ?? limit + 1
  }
}
