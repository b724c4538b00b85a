import Curriculum

/// The bundles the shell can teach from, one per language: the built-in bundle in each
/// language it was built in, or the one folder `--content` names. Each is decoded the first
/// time it is used, so a start-up in one language never pays for another.
package final class BundleShelf {
  /// The languages on the shelf, the first one the fallback.
  package let languages: [Language]
  private let loader: (Language) throws -> ContentBundle
  private var loaded: [Language: ContentBundle] = [:]

  /// One bundle, whatever language is asked for.
  package init(_ bundle: ContentBundle) {
    languages = [bundle.manifest.language]
    loaded[bundle.manifest.language] = bundle
    loader = { _ in bundle }
  }

  /// Bundles in `languages`, `first` already loaded and the others loaded by `loader` when
  /// first asked for.
  package init(
    first: ContentBundle, languages: [Language],
    loader: @escaping (Language) throws -> ContentBundle
  ) {
    let language = first.manifest.language
    self.languages = [language] + languages.filter { $0 != language }
    self.loader = loader
    loaded[language] = first
  }

  /// The language the shelf teaches in when `language` is asked for: that one when it has it,
  /// else its first.
  package func language(for language: Language) -> Language {
    languages.contains(language) ? language : languages[0]
  }

  /// The bundle in `language` (see `language(for:)`). A bundle that cannot be decoded — only
  /// a broken build writes one — is replaced by the first, which was decoded at start.
  package func bundle(for language: Language) -> ContentBundle {
    let language = self.language(for: language)
    if let bundle = loaded[language] { return bundle }
    let bundle = (try? loader(language)) ?? loaded[languages[0]]!
    loaded[language] = bundle
    return bundle
  }
}
