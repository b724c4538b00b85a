/// How well a question was recalled, on FSRS's four-point scale.
package enum ReviewRating: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case again = 1
  case hard = 2
  case good = 3
  case easy = 4

  package static func < (lhs: ReviewRating, rhs: ReviewRating) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
