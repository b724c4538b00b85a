/// The footnotes of one document while it is built: definitions by label, and numbers given
/// in the order notes are first referenced.
struct FootnoteTable {
  /// Definitions by normalised label (`^LABEL`): the label as written and the block node.
  var definitions: [String: (label: String, node: Int32)] = [:]
  /// Normalised labels by number (index 0 is note 1).
  private(set) var numbered: [String] = []
  private var numbers: [String: Int] = [:]
  /// References so far, by number (index 0 is note 1).
  private(set) var referenceCounts: [Int] = []

  var isEmpty: Bool { definitions.isEmpty }

  /// A reference to the note defined under `key`, numbering the note on its first reference;
  /// nil when no such note is defined.
  mutating func reference(key: String) -> FootnoteReference? {
    guard let definition = definitions[key] else { return nil }
    let number: Int
    if let known = numbers[key] {
      number = known
    } else {
      numbered.append(key)
      referenceCounts.append(0)
      number = numbered.count
      numbers[key] = number
    }
    referenceCounts[number - 1] += 1
    return FootnoteReference(
      number: number, label: definition.label, occurrence: referenceCounts[number - 1])
  }
}
