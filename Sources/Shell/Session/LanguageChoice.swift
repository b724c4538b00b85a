import Curriculum

/// Which language the shell speaks, in the order the program asks: `--lang`, then the
/// learner's stored choice, then the locale as POSIX orders it (`LC_ALL`, then `LC_MESSAGES`,
/// then `LANG`: the first that is set and not empty decides, and `C`, `POSIX` or a language the
/// program does not speak means English).
package struct LanguageChoice: Sendable, Hashable {
  /// `--lang`, when given: it holds for the whole run, whoever is learning.
  package var flag: Language?
  /// What the locale says.
  package var locale: Language

  package init(flag: Language?, environment: [String: String]) {
    self.flag = flag
    self.locale = Self.locale(environment)
  }

  package init(flag: Language? = nil, locale: Language = .english) {
    self.flag = flag
    self.locale = locale
  }

  /// The language for a learner with this stored choice (nil when they have not chosen).
  package func language(for learnerChoice: Language?) -> Language {
    flag ?? learnerChoice ?? locale
  }

  /// The locale's language by POSIX's order of variables.
  package static func locale(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Language(code: value) ?? .english
    }
    return .english
  }
}
