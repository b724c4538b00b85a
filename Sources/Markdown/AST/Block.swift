/// A block-level element of a document. Immutable; every block knows where it starts.
public enum Block: Sendable, Hashable {
  case heading(Heading)
  case paragraph(Paragraph)
  case blockQuote(BlockQuote)
  case list(ListBlock)
  case codeBlock(CodeBlock)
  /// Raw HTML recognised by the CommonMark rules. Never passed through: renderers show or
  /// escape it as text.
  case htmlBlock(HTMLBlock)
  case thematicBreak(ThematicBreak)
  case table(Table)

  public var position: SourcePosition {
    switch self {
    case .heading(let node): node.position
    case .paragraph(let node): node.position
    case .blockQuote(let node): node.position
    case .list(let node): node.position
    case .codeBlock(let node): node.position
    case .htmlBlock(let node): node.position
    case .thematicBreak(let node): node.position
    case .table(let node): node.position
    }
  }
}

/// An ATX or setext heading. A trailing `{#some-id}` in the source becomes `id` and is never
/// part of `content`.
public struct Heading: Sendable, Hashable {
  public var level: Int
  public var id: String?
  public var content: [Inline]
  public var position: SourcePosition
}

public struct Paragraph: Sendable, Hashable {
  public var content: [Inline]
  public var position: SourcePosition
}

public struct BlockQuote: Sendable, Hashable {
  public var children: [Block]
  public var position: SourcePosition

  /// The bold label that opens the quote's first paragraph (`> **Call your care team** …`),
  /// which makes the quote a call-out.
  public var calloutLabel: [Inline]? {
    guard case .paragraph(let first)? = children.first,
      case .strong(let label)? = first.content.first
    else { return nil }
    return label
  }
}

public struct ListBlock: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case bullet(marker: Character)
    case ordered(start: Int, delimiter: Character)
  }

  public var kind: Kind
  /// Tight lists render their paragraphs without blank lines between items.
  public var isTight: Bool
  public var items: [ListItem]
  public var position: SourcePosition

  public var isOrdered: Bool {
    if case .ordered = kind { return true }
    return false
  }

  public var start: Int {
    if case .ordered(let start, _) = kind { return start }
    return 1
  }
}

public struct ListItem: Sendable, Hashable {
  public enum Checkbox: Sendable, Hashable {
    case unchecked
    case checked
  }

  /// Set for GFM task-list items (`- [ ]`, `- [x]`).
  public var checkbox: Checkbox?
  public var children: [Block]
  public var position: SourcePosition
}

public struct CodeBlock: Sendable, Hashable {
  /// The info string of a fenced block (`swift` in ```` ```swift ````), empty otherwise.
  public var info: String
  /// The literal code, every line ending in a newline.
  public var code: String
  public var isFenced: Bool
  public var position: SourcePosition
}

public struct HTMLBlock: Sendable, Hashable {
  public var html: String
  public var position: SourcePosition
}

public struct ThematicBreak: Sendable, Hashable {
  public var position: SourcePosition
}

/// A GFM table. Every row has exactly as many cells as `alignments`.
public struct Table: Sendable, Hashable {
  public enum Alignment: Sendable, Hashable {
    case none, left, center, right
  }

  public var alignments: [Alignment]
  public var header: [[Inline]]
  public var rows: [[[Inline]]]
  public var position: SourcePosition
}
