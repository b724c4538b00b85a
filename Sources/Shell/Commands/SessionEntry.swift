import Learning

/// One person as the educator types them at `session start`: a name, then a role or a
/// relationship (`Rosa Martinez patient`, `Luis Martinez spouse`, `Ana nurse educator`).
struct SessionEntry: Sendable, Equatable {
  var name: String
  /// Nil when no role word ends the entry: the shell asks.
  var role: LearnerRole?
  /// Who a caregiver is to the patient, when the role word says it (`spouse`, `mother`…).
  var relationship: CaregiverRelationship?

  init(name: String, role: LearnerRole?, relationship: CaregiverRelationship? = nil) {
    self.name = name
    self.role = role
    self.relationship = relationship
  }

  /// Reads `Name role`. The role is the last word (or `nurse educator`), with any brackets or
  /// dash around it (`Rosa (patient)`, `Luis - spouse`); without one, the whole text is the name.
  init(_ text: String) {
    var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    if words.count > 2, words.suffix(2).map({ $0.lowercased() }) == ["nurse", "educator"] {
      words.removeLast(2)
      self.init(name: Self.name(words), role: .educator)
      return
    }
    let last = words.last.map(Self.bare) ?? ""
    guard words.count > 1, let role = LearnerRole(typed: last) else {
      self.init(name: Self.name(words), role: nil)
      return
    }
    words.removeLast()
    while let tail = words.last, Self.bare(tail).isEmpty { words.removeLast() }
    self.init(
      name: Self.name(words), role: role,
      relationship: role == .caregiver ? CaregiverRelationship(typed: last) : nil)
  }

  /// The people in one typed line, split at commas and semicolons. A role typed alone after a
  /// comma (`Rosa Martinez, patient`) belongs to the name before it.
  static func entries(in line: String) -> [SessionEntry] {
    var entries: [SessionEntry] = []
    for part in line.split(whereSeparator: { $0 == "," || $0 == ";" }) {
      let text = part.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      let word = bare(text)
      if let role = LearnerRole(typed: word), let last = entries.last, last.role == nil,
        !text.contains(" ") || role == .educator
      {
        entries[entries.count - 1].role = role
        entries[entries.count - 1].relationship =
          role == .caregiver ? CaregiverRelationship(typed: word) : nil
        continue
      }
      entries.append(SessionEntry(text))
    }
    return entries
  }

  /// The word without the brackets, dashes and colons people put around a role.
  private static func bare(_ word: String) -> String {
    word.trimmingCharacters(in: .init(charactersIn: "()[]-–—:"))
  }

  private static func name(_ words: [String]) -> String { words.joined(separator: " ") }
}
