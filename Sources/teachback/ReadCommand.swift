import ArgumentParser
import Shell

struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Read a topic, or one section of it (TOPIC#SECTION).")

  @OptionGroup var options: GlobalOptions

  @Argument(
    help: "A topic number, id or title words, optionally with #SECTION.", completion: .sections)
  var topic: [String]

  func run() throws {
    let request = ReadRequest(reference: topic.joined(separator: " "))
    try options.run { try $0.run(request) }
  }
}
