/// A language the program and its bundles can speak, by its BCP 47 code (`bundle.yaml`'s
/// `language`, `--lang`, a learner's preference, `LANG`).
package enum Language: String, CaseIterable, Sendable, Hashable, Codable {
  case english = "en"
  case spanish = "es"

  /// The language for a code such as `es`, `es-US` or `es_US.UTF-8`, or nil for one the
  /// program does not speak.
  package init?(code: String) {
    let primary = code.prefix { $0.isLetter }.lowercased()
    guard let language = Language(rawValue: primary) else { return nil }
    self = language
  }

  /// Its name in English, for messages to bundle authors (whose messages are in English).
  package var englishName: String {
    switch self {
    case .english: "English"
    case .spanish: "Spanish"
    }
  }

  /// Its name in its own words (`English`, `Español`), for choosing it.
  package var ownName: String {
    switch self {
    case .english: "English"
    case .spanish: "Español"
    }
  }
}
