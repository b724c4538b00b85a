import ArgumentParser
import Shell

struct CallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "call",
    abstract: "The when-to-call check: is it time to call the care team, or the emergency number?",
    discussion: """
      Asks about each warning sign; answers are read from standard input, one per line, when it
      is not a terminal. Exit status: 0 when every answer was a clear no, 3 when a call to the
      care team is advised (also when the answers end early, or one was unclear), 4 when the
      emergency number should be called.
      """)

  @OptionGroup var options: GlobalOptions

  func run() throws { try options.run { $0.runWhenToCall() } }
}
