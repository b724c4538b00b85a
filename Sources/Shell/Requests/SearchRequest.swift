/// `search WORDS`: what to look for in the content.
package struct SearchRequest: Sendable, Equatable {
  package var query: String

  package init(query: String) { self.query = query }

  init(_ line: ArgumentLine) { self.init(query: line.text) }
}
