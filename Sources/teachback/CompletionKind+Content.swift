import ArgumentParser
import Shell

/// Completions a shell asks the program for (`teachback ---completion …`), answered from the
/// built-in bundle.
extension CompletionKind {
  static var topics: CompletionKind { content(.topic) }
  /// Topic ids, then `topic#section` once a topic is whole.
  static var sections: CompletionKind { content(.section) }
  static var paths: CompletionKind { content(.path) }
  /// Figure ids (then topics, which `show` also reads).
  static var figures: CompletionKind { content(.figure) }
  /// Topics, paths and `red-flags`.
  static var quizTargets: CompletionKind { content(.quizTarget) }
  /// Nothing: for names, which only the person knows.
  static var nothing: CompletionKind { .list([]) }

  private static func content(_ kind: ArgumentKind) -> CompletionKind {
    .custom { _, _, word in CommandLineCompletions.words(kind, startingWith: word) }
  }
}
