/// Why the learning logic could not do what was asked, in words a person can act on.
public enum LearningError: Error, Sendable, Hashable, CustomStringConvertible {
  case unknownTopic(String)
  case unknownPath(String)

  public var description: String {
    switch self {
    case .unknownTopic(let id):
      "There is no topic “\(id)” in this bundle; check the spelling against the list of topics."
    case .unknownPath(let id):
      "There is no learning path “\(id)” in this bundle; check the spelling against the list of paths."
    }
  }
}
