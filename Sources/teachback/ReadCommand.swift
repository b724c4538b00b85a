import ArgumentParser
import Shell

struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Read a topic, or one section of it (TOPIC#SECTION).")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "A topic number, id or title words, optionally with #SECTION.")
  var topic: [String]

  func run() throws {
    try options.runInShell("read " + topic.joined(separator: " "))
  }
}
