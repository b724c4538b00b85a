/// `read TOPIC[#SECTION]`: which topic (a number, an id, the start of one, or title words) and
/// which section.
package struct ReadRequest: Sendable, Equatable {
  package var reference: String

  package init(reference: String) { self.reference = reference }

  init(_ line: ArgumentLine) { self.init(reference: line.text) }
}
