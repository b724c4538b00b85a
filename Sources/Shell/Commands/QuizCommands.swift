import Curriculum
import Foundation
import Learning
import Markdown

extension ShellCommand {
  static let quiz = ShellCommand(
    name: "quiz", aliases: ["test"],
    summary: .commandQuizSummary,
    usage: .commandQuizUsage,
    details: .commandQuizDetails,
    argument: .quizTarget,
    run: { shell, line in
      try shell.quiz(QuizRequest(line))
      return .succeeded
    })

  static let review = ShellCommand(
    name: "review",
    summary: .commandReviewSummary,
    usage: .commandReviewUsage,
    details: .commandReviewDetails,
    run: { shell, _ in
      try shell.quiz(QuizRequest(target: .due))
      return .succeeded
    })
}

extension ShellSession {
  /// Runs the quiz a request asks for, on the topic being read when it names none.
  func quiz(_ request: QuizRequest) throws {
    let plan = try QuizPlan(
      request, bundle: context.bundle, readingTopic: reading.currentTopic, learner: context.learner,
      language: context.language)
    QuizRunner(context: context).run(plan)
  }
}

/// What a quiz covers, and how to name it to the learner.
struct QuizPlan {
  static let redFlagWords = ["red-flags", "red-flag", "redflags", "red", "safety", "call"]

  var scope: QuizScope
  var title: String

  init(scope: QuizScope, title: String) {
    self.scope = scope
    self.title = title
  }

  init(
    _ request: QuizRequest, bundle: ContentBundle, readingTopic: Topic?, learner: Learner?,
    language: Language
  ) throws {
    func say(_ message: ShellMessage) -> String { message.text(in: language).plainText }
    switch request.target {
    case .due:
      self.init(scope: .due, title: say(.quizTitleReview))
    case .current:
      if let readingTopic {
        self.init(topic: readingTopic)
      } else if let pathID = learner?.pathID, let path = bundle.path(id: pathID) {
        self.init(scope: .path(path.id), title: path.title)
      } else {
        throw ShellError(
          say(.quizWhichTopic(example: "\(bundle.manifest.paths.first?.id ?? "home-care")")))
      }
    case .named(let name):
      try self.init(named: name, bundle: bundle, language: language)
    }
  }

  private init(topic: Topic) { self.init(scope: .topic(topic.id), title: topic.title) }

  private init(named name: String, bundle: ContentBundle, language: Language) throws {
    func say(_ message: ShellMessage) -> String { message.text(in: language).plainText }
    let query = name.trimmed.lowercased()
    if Self.redFlagWords.contains(query) {
      self.init(scope: .redFlags, title: say(.quizTitleRedFlags))
      return
    }
    if let path = bundle.path(id: query) {
      self.init(scope: .path(path.id), title: path.title)
      return
    }
    switch TopicResolver(topics: bundle.topics).resolve(query) {
    case .found(let index, _): self.init(topic: bundle.topics[index])
    case .ambiguous(let ids):
      let choices = ShellSession.listing(ids.map { "`\($0)`" }, joinedBy: say(.listingOr))
      throw ShellError(say(.readAmbiguous(reference: "\(query)", choices: "\(choices)")))
    case .notFound(let suggestion), .sectionNotFound(_, let suggestion):
      let options = bundle.topics.map(\.id) + bundle.manifest.paths.map(\.id) + ["red-flags"]
      throw ShellError(
        say(
          (suggestion ?? EditDistance.closest(to: query, among: options)).map {
            .quizNothingCalledDidYouMean(name: "\(query)", suggestion: "\($0)")
          } ?? .quizNothingCalled(name: "\(query)")))
    }
  }
}
