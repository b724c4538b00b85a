import ArgumentParser
import Shell

struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Check what you learned: a topic, a path, or red-flags.",
    discussion: "Answers are read from standard input, one per line.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "A topic, a learning path, or red-flags.", completion: .quizTargets)
  var target: String?

  func run() throws {
    let request = QuizRequest(target: target.map { .named($0) } ?? .current)
    try options.run { try $0.run(request) }
  }
}

struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress", abstract: "See what you have read and how well you remember it.")

  @OptionGroup var options: GlobalOptions

  func run() throws { try options.run { $0.runProgress() } }
}
