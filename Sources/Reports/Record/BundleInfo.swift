import Curriculum

/// The content the teaching used: which bundle, which version, and where its facts come from.
public struct BundleInfo: Sendable, Hashable, Codable {
  /// A source as the manifest gives it (`url` empty when there is none).
  public typealias SourceInfo = Source

  public var id: String
  public var title: String
  public var version: String
  public var sources: [SourceInfo]

  public init(id: String, title: String, version: String, sources: [SourceInfo]) {
    self.id = id
    self.title = title
    self.version = version
    self.sources = sources
  }

  public init(_ manifest: Manifest) {
    self.init(
      id: manifest.id, title: manifest.title, version: manifest.version,
      sources: manifest.sources)
  }
}
