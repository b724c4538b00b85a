/// `quiz [TOPIC|PATH|red-flags]` and `review`: what to be asked about. Without a target, the
/// topic being read, else the learner's path.
package struct QuizRequest: Sendable, Equatable {
  package enum Target: Sendable, Equatable {
    /// The topic being read, else the learner's path.
    case current
    /// A topic, a path or `red-flags`, as typed.
    case named(String)
    /// The questions due for review.
    case due
  }

  package var target: Target

  package init(target: Target) { self.target = target }

  init(_ line: ArgumentLine) { self.init(target: line.isEmpty ? .current : .named(line.text)) }
}
