import ClinicStore
import Curriculum
import Foundation
import LearnerStore
import Markdown
import Reports

/// Settings a clinic or family keeps on this machine: the care team's contact details, and
/// the clinic's shared store.
/// Stored as JSON in `$XDG_CONFIG_HOME/teachback/settings.json` (folder 0700, file 0600).
package struct LocalSettings: Codable, Equatable, Sendable {
  /// The keys `config set` accepts, with what each is for.
  package static let keys: [(key: String, meaning: String)] = [
    ("contact.name", "Who to call, e.g. \"Oncology nurse line, City Hospital\""),
    ("contact.phone", "The number to call"),
    ("contact.hours", "When that number is answered, and what to do after hours"),
    (
      "contact.emergency",
      "The local emergency number, e.g. 911; the check shows it for emergency signs"
    ),
    (
      "contact.fever-limit",
      "The temperature at which the care team wants a call, e.g. 38.0 C or 100.4 F"
    ),
    (
      "store.url",
      "The clinic's shared records on its PostgreSQL server, postgres://USER@HOST:PORT/DATABASE "
        + "(no password: it is read from ~/.pgpass or PGPASSWORD)"
    ),
    (
      "fhir.questionnaire-base",
      "Where FHIR reports say the questionnaire lives; the bundle id is added, e.g. "
        + "https://fhir.example.org/Questionnaire/"
    ),
  ]

  /// The prefix of the questionnaire's canonical URL in FHIR reports.
  package var fhirQuestionnaireBase: String {
    values["fhir.questionnaire-base"].flatMap { $0.isEmpty ? nil : $0 }
      ?? RecordFHIRRenderer.defaultCanonicalBase
  }

  package var values: [String: String] = [:]

  package init(values: [String: String] = [:]) { self.values = values }

  package subscript(key: String) -> String? {
    get { values[key] }
    set { values[key] = newValue }
  }

  /// The local emergency number, when the clinic has set one.
  package var emergencyNumber: String? {
    values["contact.emergency"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The temperature (°C) at which the care team wants a call, when the clinic has set one.
  package var feverLimitCelsius: Double? {
    values["contact.fever-limit"].flatMap(Temperature.limit)
  }

  /// The care team's contact as lines to show, labelled in `language`, or nil when none is set.
  package func careTeamContact(in language: Language) -> [String]? {
    let lines = ["contact.name", "contact.phone", "contact.hours"].compactMap { key -> String? in
      guard let value = values[key], !value.isEmpty else { return nil }
      switch key {
      case "contact.phone":
        return ShellMessage.contactPhone(value: "\(value)").text(in: language).plainText
      case "contact.hours":
        return ShellMessage.contactHours(value: "\(value)").text(in: language).plainText
      default: return value
      }
    }
    return lines.isEmpty ? nil : lines
  }

  /// What `config set` and `config unset` say once the setting is saved.
  package static func confirmation(key: String, value: String?) -> String {
    guard let value else { return "Removed \(key)." }
    return "Saved: \(key) = \(value)"
  }

  /// Checks that `key` is one `config set` knows, suggesting the closest if not.
  package static func validate(key: String) throws {
    let known = keys.map(\.key)
    guard !known.contains(key) else { return }
    let hint = EditDistance.closest(to: key, among: known).map { " Did you mean \($0)?" } ?? ""
    throw SettingsError(
      "There is no setting \(key).\(hint) Settings: \(known.joined(separator: ", ")).",
      exitCode: ExitStatus.usage)
  }

  /// Checks a value before it is set: a questionnaire base must be an absolute URL or URN
  /// without spaces, since FHIR readers match it exactly.
  package static func validate(key: String, value: String) throws {
    try validate(key: key)
    if TextSanitizer.containsForbidden(value) {
      throw SettingsError(
        "A setting cannot hold control characters. Type the value again as plain text.",
        exitCode: ExitStatus.usage)
    }
    if key == "contact.phone" && !value.contains(where: \.isNumber) {
      throw SettingsError(
        "contact.phone must be a number to call, like 555-0100 or +1 555 0100.",
        exitCode: ExitStatus.usage)
    }
    if key == "contact.fever-limit" && Temperature.limit(value) == nil {
      throw SettingsError(
        "contact.fever-limit must be a body temperature with its unit, like 38.0 C or 100.4 F.",
        exitCode: ExitStatus.usage)
    }
    if key == "store.url" {
      do {
        _ = try ClinicAddress(value)
      } catch let problem as ClinicStoreError {
        throw SettingsError(problem.description, exitCode: ExitStatus.usage)
      }
      return
    }
    guard key == "fhir.questionnaire-base" else { return }
    let lowered = value.lowercased()
    let hasScheme = ["https://", "http://", "urn:"].contains { lowered.hasPrefix($0) }
    guard hasScheme, !value.contains(where: \.isWhitespace), value.count > 8 else {
      throw SettingsError(
        "fhir.questionnaire-base must be a web address or URN without spaces, like "
          + "https://fhir.example.org/Questionnaire/", exitCode: ExitStatus.usage)
    }
  }

  // MARK: - File

  /// `$XDG_CONFIG_HOME/teachback/settings.json`, its folder created 0700.
  /// - Throws: `FileProblem` when the folder cannot be made.
  package static func defaultFile(directories: XDGDirectories = XDGDirectories()) throws -> URL {
    try XDGDirectories.createPrivateDirectory(directories.config)
    return directories.config.appendingPathComponent("settings.json")
  }

  /// Reads the settings; a missing file means no settings, a damaged one is an error.
  package static func load(from file: URL) throws -> LocalSettings {
    guard FileManager.default.fileExists(atPath: file.path) else { return LocalSettings() }
    do {
      let data = try Data(contentsOf: file)
      return LocalSettings(values: try JSONDecoder().decode([String: String].self, from: data))
    } catch {
      throw SettingsError(
        "The settings file \(file.path) could not be read. Fix or remove it, then set the values again."
      )
    }
  }

  /// Writes the settings through a temporary file and a rename, readable only by this user.
  package func save(to file: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = try encoder.encode(values)
    try PrivateFile.write(data, to: file)
  }
}

/// A setting that cannot be set or read as asked.
package struct SettingsError: UserFacingError, CustomStringConvertible {
  package var description: String
  package var exitCode: Int32
  init(_ description: String, exitCode: Int32 = ExitStatus.failure) {
    self.description = description
    self.exitCode = exitCode
  }
  package var whatHappened: String { description }
}
