/// A GFM footnote: `[^label]` in the text refers to it, and `[^label]: …` anywhere in the
/// document defines it (lines indented by four spaces continue it). Notes are numbered in the
/// order they are first referenced; a definition nothing refers to is left out.
public struct Footnote: Sendable, Hashable {
  /// 1 for the note referred to first.
  public var number: Int
  /// The label as its definition writes it (`source` in `[^source]:`).
  public var label: String
  /// The blocks of the note's definition.
  public var children: [Block]
  /// How many references point at the note (each gets a back-link in HTML).
  public var referenceCount: Int
  /// Where the note's definition starts in the source.
  public var position: SourcePosition

  /// A note from its parts.
  public init(
    number: Int, label: String, children: [Block], referenceCount: Int, position: SourcePosition
  ) {
    self.number = number
    self.label = label
    self.children = children
    self.referenceCount = referenceCount
    self.position = position
  }
}

/// A reference to a footnote in the text (`[^label]`).
public struct FootnoteReference: Sendable, Hashable {
  /// The number of the note it refers to, shown as `[1]`, `[2]`, …
  public var number: Int
  /// The label of the note's definition.
  public var label: String
  /// 1 for the first reference to its note, 2 for the second, and so on.
  public var occurrence: Int

  /// A reference from its parts.
  public init(number: Int, label: String, occurrence: Int) {
    self.number = number
    self.label = label
    self.occurrence = occurrence
  }
}
