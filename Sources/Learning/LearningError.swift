/// Why the learning logic could not do what was asked; the shell words it for the person.
package enum LearningError: Error, Sendable, Hashable {
  /// No topic has this id in the bundle.
  case unknownTopic(String)
  /// No learning path has this id in the bundle.
  case unknownPath(String)
}
