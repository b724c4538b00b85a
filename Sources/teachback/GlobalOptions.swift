import ArgumentParser
import Foundation
import Shell

/// Options every Teachback command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("Load content from this bundle folder.", valueName: "DIR"))
  var content: String?

  @Option(name: .long, help: ArgumentHelp("Keep progress in this file.", valueName: "PATH"))
  var store: String?

  @Option(
    name: .long, help: ArgumentHelp("Whose progress to use (created if new).", valueName: "NAME"))
  var learner: String?

  @Option(name: .long, help: ArgumentHelp("Wrap text to N columns.", valueName: "N"))
  var width: Int?

  @Option(name: .long, help: "Colour: auto (on a terminal unless NO_COLOR is set), always, never.")
  var color: LaunchOptions.ColorChoice = .auto

  @Flag(name: .long, help: "Plain text for screen readers: no colour, no box drawing.")
  var plain = false

  func validate() throws {
    if let width, !(20...1000).contains(width) {
      throw ValidationError("--width must be between 20 and 1000.")
    }
  }

  var launchOptions: LaunchOptions {
    LaunchOptions(
      contentDirectory: content, storePath: store, learnerName: learner, width: width,
      color: color, plain: plain)
  }
}

extension GlobalOptions {
  /// Runs one shell command line, as the shell would, and exits 1 if it failed.
  func runInShell(_ line: String) throws {
    try exitOnFailure(Launcher.runCommand(line, options: launchOptions))
  }

  /// Runs a shell command with words and `--name value` options, quoting what has spaces.
  func runInShell(_ command: String, _ words: [String], _ options: [String: String?]) throws {
    let quoted =
      words.map(Self.quote)
      + options.sorted { $0.key < $1.key }.compactMap { name, value in
        value.map { "--\(name) \(Self.quote($0))" }
      }
    try runInShell(([command] + quoted).joined(separator: " "))
  }

  private static func quote(_ word: String) -> String {
    word.contains(" ") || word.isEmpty
      ? "\"\(word.replacingOccurrences(of: "\"", with: ""))\"" : word
  }
}

func exitOnFailure(_ status: Int32) throws {
  if status != 0 { throw ExitCode(status) }
}

extension LaunchOptions.ColorChoice: ExpressibleByArgument {}
