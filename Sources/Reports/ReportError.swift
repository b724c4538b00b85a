/// A report or handout that cannot be made as asked.
public enum ReportError: Error, Equatable, CustomStringConvertible {
  case unknownTopic(String)
  case unknownPath(String)
  /// The report could not be written to this path.
  case cannotWrite(String)
  /// The report could not be encoded (a number that JSON cannot hold).
  case cannotEncode(String)

  public var description: String {
    switch self {
    case .unknownTopic(let id): return "There is no topic `\(id)`. Type `topics` to see them all."
    case .unknownPath(let id): return "There is no learning path `\(id)`."
    case .cannotWrite(let path):
      return "Could not write \(path). Check that the folder exists and that you may write there."
    case .cannotEncode(let detail): return "Could not encode the record: \(detail)."
    }
  }
}
