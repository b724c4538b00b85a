import Foundation
import Markdown

/// Reads the parts of a patient's identity as an educator types them: a medical record number,
/// and a date of birth as `1961-04-12`, `12 April 1961` or `April 12, 1961` (never `4/12/61`,
/// which reads differently in different countries).
enum IdentityEntry {
  /// Why a typed value was not taken, for the shell to say.
  enum Problem: Error, Equatable {
    case unclearDate
    case dateInTheFuture
    case unreadableMRN
  }

  /// A medical record number: letters, digits, spaces, `-`, `.`, `/` and `_`, at most 40
  /// characters, with at least one digit or letter.
  static func mrn(_ typed: String) -> Result<String, Problem> {
    let text = typed.trimmingCharacters(in: .whitespaces)
    let allowed = CharacterSet.alphanumerics.union(.init(charactersIn: " -./_"))
    guard text.count <= 40, !TextSanitizer.containsForbidden(text),
      text.unicodeScalars.allSatisfy(allowed.contains),
      text.contains(where: { $0.isLetter || $0.isNumber })
    else { return .failure(.unreadableMRN) }
    return .success(text)
  }

  /// A date of birth as `YYYY-MM-DD`, no later than `today` and no earlier than 1900.
  static func birthDate(_ typed: String, today: Date) -> Result<String, Problem> {
    let text = typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(
      of: "  ", with: " ")
    let utc = TimeZone(identifier: "UTC")!
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = utc
    formatter.isLenient = false
    let patterns = [
      "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy",
      "MMM d yyyy",
    ]
    for pattern in patterns {
      formatter.dateFormat = pattern
      guard let date = formatter.date(from: text) else { continue }
      formatter.dateFormat = "yyyy-MM-dd"
      let iso = formatter.string(from: date)
      guard iso >= "1900-01-01" else { return .failure(.unclearDate) }
      guard iso <= formatter.string(from: today) else { return .failure(.dateInTheFuture) }
      return .success(iso)
    }
    return .failure(.unclearDate)
  }
}

extension IdentityEntry.Problem {
  var words: String {
    switch self {
    case .unclearDate:
      "Please write the date of birth as year-month-day, like 1961-04-12, or with the month's "
        + "name, like 12 April 1961."
    case .dateInTheFuture: "That date is still to come. Please check the date of birth."
    case .unreadableMRN:
      "A medical record number has letters and digits (and perhaps - . / _), at most 40. "
        + "Please type it again."
    }
  }
}
