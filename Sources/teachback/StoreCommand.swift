import ArgumentParser
import Shell

struct StoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store", abstract: "Move records between this computer and the clinic's server.",
    subcommands: [Copy.self])

  struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Copy a progress file's records into the clinic's records (ids kept; copying again adds "
        + "nothing twice).")
    @Option(
      help: ArgumentHelp("The progress file to copy.", valueName: "FILE"), completion: .file())
    var from: String
    @Option(
      help: ArgumentHelp(
        "The clinic's records, postgres://USER@HOST:PORT/DATABASE (no password: it comes from "
          + "~/.pgpass or PGPASSWORD).", valueName: "URL"))
    var to: String

    func run() throws {
      Launcher.show(try showingProblems { try StoreCopy.run(from: from, to: to) })
    }
  }
}
