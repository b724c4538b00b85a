import Curriculum
import Foundation
import Learning

// How the shell says when a review comes back: always from the real date the review policy
// gives (FSRS), never a fixed "in a few days".

/// When a review comes back, as a span from now.
enum ReviewWords {
  /// `later today`, `tomorrow`, `in 4 days`, `in about a week`, `in about 2 weeks`,
  /// `in about a month`, `in about 3 months`, `in about a year`.
  static func comesBack(at due: Date, now: Date, in language: Language) -> String {
    let days = due.timeIntervalSince(now) / FSRS.secondsPerDay
    let message: ShellMessage
    switch days {
    case ..<0.5: message = .comesBackLaterToday
    case ..<1.5: message = .comesBackTomorrow
    case ..<6.5: message = .comesBackInDays(count: Int(days.rounded()))
    case ..<10.5: message = .comesBackInAboutAWeek
    case ..<24.5: message = .comesBackInAboutWeeks(count: Int((days / 7).rounded()))
    case ..<45: message = .comesBackInAboutAMonth
    case ..<320: message = .comesBackInAboutMonths(count: max(2, Int((days / 30.44).rounded())))
    case ..<548: message = .comesBackInAboutAYear
    default: message = .comesBackInAboutYears(count: Int((days / 365.25).rounded()))
    }
    return message.text(in: language).plainText
  }

  /// After a quiz where everything was right: when its questions come back, e.g.
  /// `These come back for review in about 2 weeks.` or `The first of these comes back for
  /// review in 3 days, the last in about 2 weeks.`; nil when none will (nothing is saved).
  static func quizComesBack(_ dates: [Date], now: Date, in language: Language) -> String? {
    guard let first = dates.min(), let last = dates.max() else { return nil }
    let soonest = comesBack(at: first, now: now, in: language)
    let latest = comesBack(at: last, now: now, in: language)
    let message: ShellMessage =
      soonest == latest
      ? .quizComesBack(count: dates.count, when: "\(soonest)")
      : .quizComesBackFirstAndLast(soonest: "\(soonest)", latest: "\(latest)")
    return message.text(in: language).plainText
  }

  /// `The next question comes back in 4 days.`, said after "Nothing is due for review."
  static func nextReview(at date: Date, now: Date, in language: Language) -> String {
    ShellMessage.nextReviewComesBack(when: "\(comesBack(at: date, now: now, in: language))")
      .text(in: language).plainText
  }

  /// `3 questions are due for review, 1 of them about warning signs.`
  static func due(_ reviews: DueReviews, in language: Language) -> String {
    let count = reviews.count
    let message: ShellMessage =
      if reviews.redFlags.isEmpty {
        .reviewsDue(count: count)
      } else if reviews.others.isEmpty {
        .reviewsDueAllWarningSigns(count: count)
      } else {
        .reviewsDueSomeWarningSigns(count: count, warningSigns: "\(reviews.redFlags.count)")
      }
    return message.text(in: language).plainText
  }

  /// `3 questions are due`, `1 question about warning signs is due`.
  static func dueCount(_ count: Int, redFlags: Int, in language: Language) -> String {
    let message: ShellMessage =
      redFlags == count && count > 0
      ? .questionsDueAllWarningSigns(count: count) : .questionsDue(count: count)
    return message.text(in: language).plainText
  }
}
