import ArgumentParser
import Shell

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a picture of the port full width, or list them.")

  @OptionGroup var options: GlobalOptions

  @Argument(help: "A picture's id, or the start of it.", completion: .figures)
  var figure: [String] = []

  func run() throws {
    let request = ShowRequest(reference: figure.joined(separator: " "))
    try options.run { try $0.run(request) }
  }
}
