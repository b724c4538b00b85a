import Curriculum

/// A report or handout that cannot be made as asked.
package enum ReportError: Error, Equatable, CustomStringConvertible, UserFacingError {
  case unknownTopic(String)
  case unknownPath(String)
  /// The report could not be encoded (a number that JSON cannot hold).
  case cannotEncode(String)

  package var description: String {
    switch self {
    case .unknownTopic(let id): return "There is no topic `\(id)`. Type `topics` to see them all."
    case .unknownPath(let id): return "There is no learning path `\(id)`."
    case .cannotEncode(let detail): return "Could not encode the record: \(detail)."
    }
  }

  package var whatHappened: String { description }
}
