/// `show FIGURE`: which figure (its id or the start of it); a topic reference reads the topic,
/// as `show` did before figures; nothing lists the figures.
package struct ShowRequest: Sendable, Equatable {
  package var reference: String

  package init(reference: String) { self.reference = reference }

  init(_ line: ArgumentLine) { self.init(reference: line.text) }
}
