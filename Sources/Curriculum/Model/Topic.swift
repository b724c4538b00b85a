import Markdown

/// One topic file: front matter plus Markdown whose `##` headings are its sections.
public struct Topic: Sendable, Hashable {
  public var id: String
  public var title: String
  public var summary: String
  public var audiences: [String]
  public var keywords: [String]
  public var related: [String]
  /// Ids of the manifest's sources this topic's facts come from.
  public var sources: [String]
  /// Markdown before the first `##` heading, if there is any text there. Its `id` is empty and
  /// its `title` is the topic's.
  public var introduction: Section?
  public var sections: [Section]
  /// Path of the topic file relative to the bundle folder.
  public var file: String

  public init(
    id: String, title: String, summary: String, audiences: [String], keywords: [String],
    related: [String], introduction: Section?, sections: [Section], file: String,
    sources: [String] = []
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.audiences = audiences
    self.keywords = keywords
    self.related = related
    self.sources = sources
    self.introduction = introduction
    self.sections = sections
    self.file = file
  }

  public func section(id: String) -> Section? { sections.first { $0.id == id } }
}

/// A `##` section of a topic, addressable as `topic#section`.
public struct Section: Sendable, Hashable {
  /// The heading's slug, or the id given as `## Heading {#id}`.
  public var id: String
  public var title: String
  /// The section's Markdown without its `##` heading line.
  public var markdown: String
  /// The section parsed, each time it is asked for: parsing is fast, and a bundle that is only
  /// listed (or loaded from the cache) never pays for sections no one opens.
  public var document: MarkdownDocument { MarkdownDocument(parsing: markdown) }
  /// 1-based line of the heading in the topic file (of the first body line for an introduction).
  public var line: Int
  /// 1-based line in the topic file of the first line of `markdown`.
  public var bodyLine: Int

  public init(id: String, title: String, markdown: String, line: Int) {
    self.init(id: id, title: title, markdown: markdown, line: line, bodyLine: line + 1)
  }

  public init(id: String, title: String, markdown: String, line: Int, bodyLine: Int) {
    self.id = id
    self.title = title
    self.markdown = markdown
    self.line = line
    self.bodyLine = bodyLine
  }
}
