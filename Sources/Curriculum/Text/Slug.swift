import Foundation

/// Turns a heading into a section id: diacritics folded, lowercase, every run of characters that
/// are not ASCII letters or digits becomes one `-`, trimmed at both ends ("Why it's used" →
/// `why-it-s-used`). Empty when the heading has no ASCII letters or digits.
enum Slug {
  static func make(_ heading: String) -> String {
    let folded = heading.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var result = ""
    var pendingHyphen = false
    for scalar in folded.unicodeScalars {
      let isWordCharacter =
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
      if isWordCharacter {
        if pendingHyphen && !result.isEmpty { result.append("-") }
        pendingHyphen = false
        result.unicodeScalars.append(scalar)
      } else {
        pendingHyphen = true
      }
    }
    return result
  }
}
