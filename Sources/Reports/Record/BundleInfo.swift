import Curriculum

/// The content the teaching used: which bundle, which version, and where its facts come from.
public struct BundleInfo: Sendable, Hashable, Codable {
  public struct SourceInfo: Sendable, Hashable, Codable {
    public var title: String
    public var publisher: String
    /// Empty when the manifest gives none.
    public var url: String
    /// When the source was last reviewed, as the manifest writes it (YYYY-MM-DD).
    public var reviewed: String

    public init(title: String, publisher: String, url: String, reviewed: String) {
      self.title = title
      self.publisher = publisher
      self.url = url
      self.reviewed = reviewed
    }
  }

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
      sources: manifest.sources.map {
        SourceInfo(title: $0.title, publisher: $0.publisher, url: $0.url, reviewed: $0.reviewed)
      })
  }

  /// The latest review date among the sources (YYYY-MM-DD sorts as text), or nil without sources.
  public var sourcesReviewed: String? { sources.map(\.reviewed).filter { !$0.isEmpty }.max() }
}
