import ArgumentParser
import Reports
import Shell

struct HandoutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "handout",
    abstract: "Lay out topics for printing, ending with when to call your care team.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "Topics to include (your path's, or all, when none).", completion: .topics)
  var topics: [String] = []

  @Option(
    help: ArgumentHelp("Include a learning path's topics.", valueName: "NAME"), completion: .paths)
  var path: String?

  @Option(help: "html or md.") var format = Handout.Format.html

  @Option(
    help: ArgumentHelp("The file to write (default handout.html).", valueName: "FILE"),
    completion: .file())
  var out: String?

  func run() throws {
    let request = HandoutRequest(topics: topics, pathID: path, format: format, destination: out)
    try options.run { try $0.run(request) }
  }
}
