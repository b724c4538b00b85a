import ArgumentParser
import Shell

struct TopicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topics", abstract: "List the topics, with what you have read.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "Only this learning path's topics.", completion: .paths) var path: String?

  func run() throws {
    let request = TopicsRequest(pathID: path)
    try options.run { try $0.run(request) }
  }
}
