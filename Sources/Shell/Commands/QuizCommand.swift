import Curriculum
import Foundation
import Learning
import Markdown

extension ShellCommand {
  static let quiz = ShellCommand(
    name: "quiz", aliases: ["test"],
    summary: "Check what you learned, teach-back style",
    usage: "quiz [TOPIC|PATH|red-flags]",
    details: """
      Asks the questions of a topic (`quiz parts`), a learning path (`quiz home-care`),
      or the safety questions about when to call (`quiz red-flags`).
      With nothing after it, quizzes the topic you are reading, or your path.
      While answering you can type `hint`, `skip`, `reread` (show the part it asks about),
      or `stop`. A question you miss is explained, then asked again later.
      """,
    argument: .quizTarget,
    run: { shell, arguments in
      let scope = try shell.quizScope(for: arguments)
      shell.runQuiz(scope)
      return .succeeded
    })

  static let review = ShellCommand(
    name: "review",
    summary: "Answer the questions that are due for review",
    usage: "review",
    details: "Questions come back for review just as you might start to forget them.",
    run: { shell, _ in
      shell.runQuiz(QuizRequest(scope: .due, title: "Review"))
      return .succeeded
    })
}

/// What a quiz covers, and how to name it to the learner.
struct QuizRequest {
  var scope: QuizScope
  var title: String
}

extension ShellSession {
  static let redFlagWords = ["red-flags", "red-flag", "redflags", "red", "safety", "call"]

  func quizScope(for arguments: String) throws -> QuizRequest {
    let query = arguments.trimmed.lowercased()
    if query.isEmpty {
      if let position { return topicQuiz(bundle.topics[position.topicIndex]) }
      if let pathID = learner?.pathID, let path = bundle.path(id: pathID) {
        return QuizRequest(scope: .path(path.id), title: path.title)
      }
      throw ShellError(
        "Which topic? For example `quiz parts`, `quiz red-flags`, or a path such as `quiz \(bundle.manifest.paths.first?.id ?? "home-care")`."
      )
    }
    if Self.redFlagWords.contains(query) {
      return QuizRequest(scope: .redFlags, title: "When to call: the safety questions")
    }
    if let path = bundle.path(id: query) {
      return QuizRequest(scope: .path(path.id), title: path.title)
    }
    switch TopicResolver(topics: bundle.topics).resolve(query) {
    case .found(let index, _): return topicQuiz(bundle.topics[index])
    case .ambiguous(let ids):
      throw ShellError(
        "More than one topic fits `\(query)`: \(Self.listing(ids.map { "`\($0)`" })).")
    case .notFound(let suggestion), .sectionNotFound(_, let suggestion):
      let options = bundle.topics.map(\.id) + bundle.manifest.paths.map(\.id) + ["red-flags"]
      let hint =
        (suggestion ?? EditDistance.closest(to: query, among: options)).map {
          " Did you mean `\($0)`?"
        }
        ?? " Try a topic (`topics` lists them), a path, or `red-flags`."
      throw ShellError("There is nothing called `\(query)` to quiz on.\(hint)")
    }
  }

  private func topicQuiz(_ topic: Topic) -> QuizRequest {
    QuizRequest(scope: .topic(topic.id), title: TextSanitizer.sanitize(topic.title))
  }
}
