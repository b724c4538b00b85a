import Foundation
import Learning

// How the shell says when a review comes back: always from the real date the review policy
// gives (FSRS), never a fixed "in a few days".

/// When a review comes back, as a span from now.
enum ReviewWords {
  /// `later today`, `tomorrow`, `in 4 days`, `in about a week`, `in about 2 weeks`,
  /// `in about a month`, `in about 3 months`, `in about a year`.
  static func comesBack(at due: Date, now: Date) -> String {
    let days = due.timeIntervalSince(now) / FSRS.secondsPerDay
    switch days {
    case ..<0.5: return "later today"
    case ..<1.5: return "tomorrow"
    case ..<6.5: return "in \(Int(days.rounded())) days"
    case ..<10.5: return "in about a week"
    case ..<24.5: return "in about \(Int((days / 7).rounded())) weeks"
    case ..<45: return "in about a month"
    case ..<320: return "in about \(max(2, Int((days / 30.44).rounded()))) months"
    case ..<548: return "in about a year"
    default: return "in about \(Int((days / 365.25).rounded())) years"
    }
  }

  /// After a quiz where everything was right: when its questions come back, e.g.
  /// `These come back for review in about 2 weeks.` or `The first of these comes back for
  /// review in 3 days, the last in about 2 weeks.`; nil when none will (nothing is saved).
  static func quizComesBack(_ dates: [Date], now: Date) -> String? {
    guard let first = dates.min(), let last = dates.max() else { return nil }
    let soonest = comesBack(at: first, now: now)
    let latest = comesBack(at: last, now: now)
    if soonest == latest {
      return dates.count == 1
        ? "This comes back for review \(soonest)." : "These come back for review \(soonest)."
    }
    return "The first of these comes back for review \(soonest), the last \(latest)."
  }

  /// `The next question comes back in 4 days.`, said after "Nothing is due for review."
  static func nextReview(at date: Date, now: Date) -> String {
    "The next question comes back \(comesBack(at: date, now: now))."
  }

  /// `3 questions are due for review, 1 of them about warning signs.`
  static func due(_ reviews: DueReviews) -> String {
    dueCount(reviews.count, redFlags: reviews.redFlags.count) + " for review"
      + (reviews.redFlags.isEmpty || reviews.others.isEmpty
        ? "." : ", \(reviews.redFlags.count) of them about warning signs.")
  }

  /// `3 questions are due`, `1 question about warning signs is due`.
  static func dueCount(_ count: Int, redFlags: Int) -> String {
    let about = redFlags == count && count > 0 ? " about warning signs" : ""
    return count == 1 ? "1 question\(about) is due" : "\(count) questions\(about) are due"
  }
}
