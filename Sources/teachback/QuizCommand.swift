import ArgumentParser
import Shell

struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Check what you learned: a topic, a path, or red-flags.",
    discussion: "Answers are read from standard input, one per line.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "A topic, a learning path, or red-flags.") var target: String?

  func run() throws { try options.runInShell("quiz", target.map { [$0] } ?? [], [:]) }
}

struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress", abstract: "See what you have read and how well you remember it.")

  @OptionGroup var options: GlobalOptions

  func run() throws { try options.runInShell("progress") }
}
