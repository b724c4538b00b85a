import ArgumentParser
import Shell

struct TopicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topics", abstract: "List the topics, with what you have read.")

  @OptionGroup var options: GlobalOptions

  func run() throws {
    try options.runInShell("topics")
  }
}
