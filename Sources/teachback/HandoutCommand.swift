import ArgumentParser
import Reports
import Shell

struct HandoutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "handout",
    abstract: "Lay out topics for printing, ending with when to call your care team.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "Topics to include (all when none and no --path).") var topics: [String] = []

  @Option(help: ArgumentHelp("Include a learning path's topics.", valueName: "NAME"))
  var path: String?

  @Option(help: "html or md.") var format: Handout.Format = .html

  @Option(help: ArgumentHelp("Write to this file (private to you) instead of the screen.", valueName: "FILE"))
  var out: String?

  func run() throws {
    let text = try HandoutWriter.make(
      topics: topics, pathID: path, format: format, outputFile: out, options: options.launchOptions)
    if let text { print(text, terminator: "") }
  }
}

extension Handout.Format: ExpressibleByArgument {}
