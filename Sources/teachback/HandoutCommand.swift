import ArgumentParser

struct HandoutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "handout",
    abstract: "Lay out topics for printing, ending with when to call your care team.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "Topics to include (your path's, or all, when none).") var topics: [String] = []

  @Option(help: ArgumentHelp("Include a learning path's topics.", valueName: "NAME"))
  var path: String?

  @Option(help: "html or md.") var format = "html"

  @Option(help: ArgumentHelp("The file to write (default handout.html).", valueName: "FILE"))
  var out: String?

  func run() throws {
    try options.runInShell(
      "handout", topics, ["path": path, "format": format, "out": out])
  }
}
