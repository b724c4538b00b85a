import Curriculum

/// The content the teaching used: which bundle, which version, and where its facts come from.
package struct BundleInfo: Sendable, Hashable, Codable {
  /// A source as the manifest gives it (`url` empty when there is none).
  package typealias SourceInfo = Source

  package var id: String
  package var title: String
  package var version: String
  /// The language of its words (`en`, `es`), which the record's content is quoted in.
  package var language: String
  package var sources: [SourceInfo]

  package init(
    id: String, title: String, version: String, language: String = "en",
    sources: [SourceInfo]
  ) {
    self.id = id
    self.title = title
    self.version = version
    self.language = language
    self.sources = sources
  }

  package init(_ manifest: Manifest) {
    self.init(
      id: manifest.id, title: manifest.title, version: manifest.version,
      language: manifest.language.rawValue, sources: manifest.sources)
  }
}
