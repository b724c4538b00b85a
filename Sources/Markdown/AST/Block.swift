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

  /// Where the block starts in the source.
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
  /// 1 to 6: the number of `#`s, or 1 for a setext `=` underline and 2 for `-`.
  public var level: Int
  /// The id a trailing `{#some-id}` gives, if any.
  public var id: String?
  /// The heading's text, without its markers or id.
  public var content: [Inline]
  /// Where the heading starts in the source.
  public var position: SourcePosition
}

/// A run of text lines that no other block interrupts.
public struct Paragraph: Sendable, Hashable {
  /// The paragraph's text; its lines are joined by soft or hard breaks.
  public var content: [Inline]
  /// Where the paragraph starts in the source.
  public var position: SourcePosition
}

/// A `>` block quote, which a bold opening label turns into a call-out.
public struct BlockQuote: Sendable, Hashable {
  /// The blocks inside the quote.
  public var children: [Block]
  /// Where the quote starts in the source.
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

/// A bullet or ordered list.
public struct ListBlock: Sendable, Hashable {
  /// Bullet or numbered, with the marker the source uses.
  public enum Kind: Sendable, Hashable {
    case bullet(marker: Character)
    case ordered(start: Int, delimiter: Character)
  }

  /// The list's kind and marker, as its first item writes them.
  public var kind: Kind
  /// Tight lists render their paragraphs without blank lines between items.
  public var isTight: Bool
  /// The items, in order.
  public var items: [ListItem]
  /// Where the list starts in the source.
  public var position: SourcePosition

  /// Whether the list is numbered.
  public var isOrdered: Bool {
    if case .ordered = kind { return true }
    return false
  }

  /// The first item's number (1 for a bullet list).
  public var start: Int {
    if case .ordered(let start, _) = kind { return start }
    return 1
  }
}

/// One item of a list.
public struct ListItem: Sendable, Hashable {
  /// The state of a task-list item's box.
  public enum Checkbox: Sendable, Hashable {
    case unchecked
    case checked
  }

  /// Set for GFM task-list items (`- [ ]`, `- [x]`).
  public var checkbox: Checkbox?
  /// The blocks inside the item.
  public var children: [Block]
  /// Where the item starts in the source.
  public var position: SourcePosition
}

/// A fenced or indented block of code, shown as written.
public struct CodeBlock: Sendable, Hashable {
  /// The info string of a fenced block (`swift` in ```` ```swift ````), empty otherwise.
  public var info: String
  /// The literal code, every line ending in a newline.
  public var code: String
  /// Whether the block is fenced rather than indented by four spaces.
  public var isFenced: Bool
  /// Where the block starts in the source.
  public var position: SourcePosition
}

/// A block of raw HTML, shown or escaped as text (see `Block.htmlBlock`).
public struct HTMLBlock: Sendable, Hashable {
  /// The HTML lines as written.
  public var html: String
  /// Where the HTML starts in the source.
  public var position: SourcePosition
}

/// A horizontal rule (`---`, `***` or `___`).
public struct ThematicBreak: Sendable, Hashable {
  /// Where the rule is in the source.
  public var position: SourcePosition
}

/// A GFM table. Every row has exactly as many cells as `alignments`.
public struct Table: Sendable, Hashable {
  /// How a column's cells are aligned, from the colons in the delimiter row.
  public enum Alignment: Sendable, Hashable {
    case none, left, center, right
  }

  /// One per column, in order.
  public var alignments: [Alignment]
  /// The header row: each column's cell as inline content.
  public var header: [[Inline]]
  /// The body rows, each with one cell per column.
  public var rows: [[[Inline]]]
  /// Where the table starts in the source.
  public var position: SourcePosition
}
