import Markdown

/// One topic file: front matter plus Markdown whose `##` headings are its sections.
package struct Topic: Sendable, Hashable {
  package var id: String
  package var title: String
  package var summary: String
  package var audiences: [String]
  package var keywords: [String]
  package var related: [String]
  /// Ids of the manifest's sources this topic's facts come from.
  package var sources: [String]
  /// Markdown before the first `##` heading, if there is any text there. Its `id` is empty and
  /// its `title` is the topic's.
  package var introduction: Section?
  package var sections: [Section]
  /// Path of the topic file relative to the bundle folder.
  package var file: String

  package init(
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

  package func section(id: String) -> Section? { sections.first { $0.id == id } }
}

/// A `##` section of a topic, addressable as `topic#section`.
package struct Section: Sendable, Hashable {
  /// The heading's slug, or the id given as `## Heading {#id}`.
  package var id: String
  package var title: String
  /// The section's Markdown without its `##` heading line.
  package var markdown: String
  /// The section parsed, each time it is asked for: parsing is fast, and a bundle that is only
  /// listed (or loaded from the cache) never pays for sections no one opens.
  package var document: MarkdownDocument { MarkdownDocument(parsing: markdown) }
  /// 1-based line of the heading in the topic file (of the first body line for an introduction).
  package var line: Int
  /// 1-based line in the topic file of the first line of `markdown`.
  package var bodyLine: Int

  package init(id: String, title: String, markdown: String, line: Int) {
    self.init(id: id, title: title, markdown: markdown, line: line, bodyLine: line + 1)
  }

  package init(id: String, title: String, markdown: String, line: Int, bodyLine: Int) {
    self.id = id
    self.title = title
    self.markdown = markdown
    self.line = line
    self.bodyLine = bodyLine
  }
}
