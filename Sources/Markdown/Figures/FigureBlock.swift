/// The fenced block that shows a figure in content: ```` ```figure id=port-in-chest ````, with
/// nothing inside. The Markdown parser keeps it as a code block with its info string; the
/// renderers draw the figure only when they are handed the bundle's figures
/// (`RenderOptions.figures`), so the CommonMark run sees an ordinary code block.
public enum FigureBlock {
  /// The word an info string starts with to name a figure.
  public static let keyword = "figure"

  /// What an info string says about a figure.
  public enum Reference: Sendable, Hashable {
    /// Not a figure block.
    case none
    /// A figure block naming `id` (not yet checked to be a valid id).
    case figure(id: String)
    /// A figure block without `id=…`.
    case missingID
  }

  /// Reads an info string: `figure id=port-in-chest` names the figure `port-in-chest`.
  public static func reference(inInfo info: String) -> Reference {
    let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let first = words.first, first == keyword[...] else { return .none }
    for word in words.dropFirst() where word.hasPrefix("id=") {
      let id = word.dropFirst(3)
      return id.isEmpty ? .missingID : .figure(id: String(id))
    }
    return .missingID
  }

  /// The ids of the figures `blocks` show, in order, in quotes and lists too.
  public static func figureIDs(in blocks: [Block]) -> [String] {
    fencedCodeBlocks(in: blocks).compactMap(figureID(of:))
  }

  /// The fenced code blocks of `blocks`, in order, in quotes and lists too: where figure blocks
  /// can be.
  public static func fencedCodeBlocks(in blocks: [Block]) -> [CodeBlock] {
    blocks.flatMap { block -> [CodeBlock] in
      switch block {
      case .codeBlock(let node): node.isFenced ? [node] : []
      case .blockQuote(let node): fencedCodeBlocks(in: node.children)
      case .list(let node): node.items.flatMap { fencedCodeBlocks(in: $0.children) }
      default: []
      }
    }
  }

  /// The id a code block names as a figure, or nil.
  static func figureID(of codeBlock: CodeBlock) -> String? {
    guard codeBlock.isFenced, case .figure(let id) = reference(inInfo: codeBlock.info) else {
      return nil
    }
    return id
  }
}

/// The figures a renderer may draw, by id (`RenderOptions.figures`).
public struct FigureShelf: Sendable, Hashable {
  public var figures: [String: Figure]
  /// How many terminal rows a drawing may take: few beside text, more for a figure alone.
  public var maximumRows: Int

  public init(_ figures: [String: Figure], maximumRows: Int = FigureShelf.inlineRows) {
    self.figures = figures
    self.maximumRows = max(maximumRows, 1)
  }

  /// Rows for a figure among a topic's text: it leaves room for the words around it.
  public static let inlineRows = 20
  /// Rows for a figure shown on its own (`show FIGURE`).
  public static let aloneRows = 40

  public subscript(id: String) -> Figure? { figures[id] }

  public static func == (a: FigureShelf, b: FigureShelf) -> Bool {
    a.maximumRows == b.maximumRows && a.figures == b.figures
  }

  /// Hashes the ids only: cheap, and equal shelves have equal ids.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(maximumRows)
    hasher.combine(figures.keys.sorted())
  }
}
