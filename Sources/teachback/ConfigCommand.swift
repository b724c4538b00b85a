import ArgumentParser
import Foundation
import Markdown
import Shell

struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract:
      "Set this machine's care team contact (shown by the when-to-call check) and where FHIR "
      + "reports say the questionnaire lives.",
    discussion: LocalSettings.keys.map { "\($0.key): \($0.meaning)" }.joined(separator: "\n"),
    subcommands: [Set.self, Get.self, List.self, Unset.self])

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a value.")
    @Argument(help: "The setting, e.g. contact.phone.") var key: String
    @Argument(help: "Its value (quote it if it has spaces).") var value: [String]

    func run() throws {
      let text = value.joined(separator: " ")
      try showingProblems { try LocalSettings.validate(key: key, value: text) }
      try ConfigCommand.update { $0[key] = text }
      Launcher.show(StyledText(LocalSettings.confirmation(key: key, value: text)))
    }
  }

  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Print a value.")
    @Argument(help: "The setting, e.g. contact.phone.") var key: String

    func run() throws {
      try showingProblems { try LocalSettings.validate(key: key) }
      guard let value = try ConfigCommand.current()[key] else { throw ExitCode.failure }
      Launcher.show(StyledText(value))
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "Print every setting.")

    func run() throws {
      let settings = try ConfigCommand.current()
      for (key, _) in LocalSettings.keys {
        Launcher.show(StyledText("\(key) = \(settings[key] ?? "(not set)")"))
      }
    }
  }

  struct Unset: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "unset", abstract: "Remove a value.")
    @Argument(help: "The setting, e.g. contact.phone.") var key: String

    func run() throws {
      try showingProblems { try LocalSettings.validate(key: key) }
      try ConfigCommand.update { $0[key] = nil }
      Launcher.show(StyledText(LocalSettings.confirmation(key: key, value: nil)))
    }
  }

  static func current() throws -> LocalSettings {
    try showingProblems { try LocalSettings.load(from: LocalSettings.defaultFile()) }
  }

  static func update(_ change: (inout LocalSettings) -> Void) throws {
    try showingProblems {
      let file = try LocalSettings.defaultFile()
      var settings = try LocalSettings.load(from: file)
      change(&settings)
      try settings.save(to: file)
    }
  }
}
