import ArgumentParser
import Shell

struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Find where the content talks about something.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "The words to look for.")
  var words: [String]

  func run() throws {
    try options.runInShell("search " + words.joined(separator: " "))
  }
}
