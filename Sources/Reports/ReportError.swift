/// A report or handout that cannot be made as asked.
public enum ReportError: Error, Equatable, CustomStringConvertible {
  case unknownTopic(String)
  case unknownPath(String)

  public var description: String {
    switch self {
    case .unknownTopic(let id): return "There is no topic `\(id)`. Type `topics` to see them all."
    case .unknownPath(let id): return "There is no learning path `\(id)`."
    }
  }
}
