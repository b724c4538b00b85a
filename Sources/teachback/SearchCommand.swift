import ArgumentParser
import Shell

struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Find where the content talks about something.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "The words to look for.")
  var words: [String]

  func run() throws {
    let request = SearchRequest(query: words.joined(separator: " "))
    try options.run { try $0.run(request) }
  }
}
