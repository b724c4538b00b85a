/// A block of the parser's working tree: mutable, linked by indices, turned into `Block`
/// values once the whole document is read.
struct BlockNode {
  enum Kind: UInt8 {
    case document, blockQuote, list, item, paragraph, heading, codeBlock, htmlBlock
    case thematicBreak, table, footnoteDefinition
  }

  var kind: Kind
  var parent: Int32 = -1
  var first: Int32 = -1
  var last: Int32 = -1
  var next: Int32 = -1
  var previous: Int32 = -1
  var isOpen = true
  var depth = 0
  var startLine = 0
  var startColumn = 0
  var endLine = 0
  /// Accumulated lines (paragraphs, headings, code, HTML), each ending in a newline.
  var content: [UInt8] = []

  // Lists and items.
  var isOrdered = false
  var bulletChar: UInt8 = 0
  var listStart = 1
  var delimiter: UInt8 = 0
  var padding = 0
  var markerOffset = 0
  var isTight = true

  // Headings and code.
  var level = 0
  var isFenced = false
  var fenceChar: UInt8 = 0
  var fenceLength = 0
  var fenceOffset = 0
  var htmlKind = 0
  /// The raw first line of a fenced code block; a footnote definition's `[^label]`.
  var info: [UInt8] = []

  // Tables: the header line, alignments, and one entry per body row.
  var tableAlignments: [Table.Alignment] = []
  var tableRows: [[UInt8]] = []

  init(kind: Kind) { self.kind = kind }

  func canContain(_ child: Kind) -> Bool {
    switch kind {
    case .document, .blockQuote, .item, .footnoteDefinition: child != .item
    case .list: child == .item
    default: false
    }
  }

  var acceptsLines: Bool {
    kind == .paragraph || kind == .codeBlock || kind == .htmlBlock || kind == .table
  }
}
