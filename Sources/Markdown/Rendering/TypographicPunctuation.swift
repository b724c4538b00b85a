/// Typographic punctuation for text (`RenderOptions.typographicPunctuation`): quotes turn
/// curly by what comes before them, dashes and ellipses by their runs. Code, addresses, raw
/// HTML and code blocks keep their characters. Blocks without a straight quote, `--` or
/// `...` are passed on untouched.
enum TypographicPunctuation {
  static func applied(to document: MarkdownDocument) -> MarkdownDocument {
    // Looked over where they lie first: taking the blocks to change copies the whole array.
    guard document.hasTypographicCandidates,
      document.blocks.contains(where: needsWork)
        || document.footnotes.contains(where: { $0.children.contains(where: needsWork) })
    else { return document }
    var changed = false
    var blocks = document.blocks
    replace(in: &blocks, changed: &changed)
    var footnotes = document.footnotes
    for index in footnotes.indices {
      replace(in: &footnotes[index].children, changed: &changed)
    }
    guard changed else { return document }
    return MarkdownDocument(replacingBlocksOf: document, with: blocks, footnotes: footnotes)
  }

  /// Converts the blocks that need it in place, so a document with few quotes copies little.
  private static func replace(in blocks: inout [Block], changed: inout Bool) {
    for index in blocks.indices where needsWork(blocks[index]) {
      blocks[index] = applied(to: blocks[index])
      changed = true
    }
  }

  static func applied(to block: Block) -> Block {
    guard needsWork(block) else { return block }
    return block.mappingLeafInlines { needsWork($0) ? converted($0) : $0 }
  }

  /// The inlines of one leaf block, converted with the context running across them.
  static func converted(_ inlines: [Inline]) -> [Inline] {
    var converter = Converter()
    return converter.convert(inlines)
  }

  // MARK: - Quick check

  static func needsWork(_ block: Block) -> Bool {
    switch block {
    case .heading(let node): needsWork(node.content)
    case .paragraph(let node): needsWork(node.content)
    case .blockQuote(let node): node.children.contains(where: needsWork)
    case .list(let node): node.items.contains { $0.children.contains(where: needsWork) }
    case .table(let node):
      node.header.contains(where: needsWork) || node.rows.contains { $0.contains(where: needsWork) }
    case .codeBlock, .htmlBlock, .thematicBreak: false
    }
  }

  static func needsWork(_ inlines: [Inline]) -> Bool {
    inlines.contains { inline in
      switch inline {
      case .text(let text): needsWork(text)
      case .emphasis(let children), .strong(let children), .strikethrough(let children):
        needsWork(children)
      case .link(let link): needsWork(link.children)
      case .image(let image): needsWork(image.children)
      case .softBreak, .lineBreak, .code, .html, .footnoteReference: false
      }
    }
  }

  static func needsWork(_ text: String) -> Bool {
    // Read where the string lies, without a copy (whose retain, on every text of a large
    // document, cost more than the scan).
    if let found = text.utf8.withContiguousStorageIfAvailable(needsWork) { return found }
    var text = text
    return text.withUTF8(needsWork)
  }

  /// Whether the bytes hold a straight quote, `--` or `...`; one comparison per byte for
  /// everything but the four characters involved.
  static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      index += 1
      // `"` 22, `'` 27, `-` 2D and `.` 2E are the only bytes in 22...2E that matter.
      guard byte &- 0x22 <= 0x0C else { continue }
      switch byte {
      case 0x22, 0x27: return true
      case 0x2D: if index < count && bytes[index] == 0x2D { return true }
      case 0x2E:
        if index + 1 < count && bytes[index] == 0x2E && bytes[index + 1] == 0x2E { return true }
      default: break
      }
    }
    return false
  }

  // MARK: - Converting

  /// Walks a leaf's inlines in order, remembering the last character written, which decides
  /// whether a quote opens or closes.
  struct Converter {
    /// Nil at the start of the block.
    var previous: Unicode.Scalar?

    mutating func convert(_ inlines: [Inline]) -> [Inline] {
      inlines.map { inline -> Inline in
        switch inline {
        case .text(let text): return .text(convert(text))
        case .code(let code):
          if let last = code.unicodeScalars.last { previous = last }
          return inline
        case .softBreak, .lineBreak:
          previous = " "
          return inline
        case .html, .footnoteReference: return inline
        case .emphasis(let children): return .emphasis(convert(children))
        case .strong(let children): return .strong(convert(children))
        case .strikethrough(let children): return .strikethrough(convert(children))
        case .link(var link):
          link.children = convert(link.children)
          return .link(link)
        case .image(var image):
          image.children = convert(image.children)
          return .image(image)
        }
      }
    }

    mutating func convert(_ text: String) -> String {
      guard TypographicPunctuation.needsWork(text) else {
        if let last = text.unicodeScalars.last { previous = last }
        return text
      }
      let scalars = Array(text.unicodeScalars)
      var out = String.UnicodeScalarView()
      var index = 0
      while index < scalars.count {
        let scalar = scalars[index]
        let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
        switch scalar {
        case "\"":
          out.append(opens(next: next) ? "\u{201C}" : "\u{201D}")
        case "'":
          // An apostrophe inside a word, or before a year ('90s), is a closing quote.
          let isApostrophe = next.map { $0.properties.numericType != nil } ?? false
          out.append(!isApostrophe && opens(next: next) ? "\u{2018}" : "\u{2019}")
        case "-":
          var run = 1
          while index + run < scalars.count && scalars[index + run] == "-" { run += 1 }
          out.append(contentsOf: Self.dashes(run))
          index += run - 1
        case "."
        where index + 2 < scalars.count && scalars[index + 1] == "."
          && scalars[index + 2] == ".":
          out.append("\u{2026}")
          index += 2
        default:
          out.append(scalar)
        }
        previous = out.last
        index += 1
      }
      return String(out)
    }

    /// A quote opens at the start of a block, after white space or an opening bracket, dash
    /// or quote, unless white space follows it.
    private func opens(next: Unicode.Scalar?) -> Bool {
      if let next, next.properties.isWhitespace { return false }
      guard let previous else { return true }
      if previous.properties.isWhitespace { return true }
      switch previous {
      case "(", "[", "{", "\u{2013}", "\u{2014}", "\u{201C}", "\u{2018}", "-", "/": return true
      default: return false
      }
    }

    /// A run of hyphens the way SmartyPants and cmark's `--smart` read it: one stays a
    /// hyphen; runs of three are em dashes, of two en dashes, mixed when neither divides.
    static func dashes(_ run: Int) -> String.UnicodeScalarView {
      guard run > 1 else { return "-".unicodeScalars }
      var em = 0
      var en = 0
      if run % 3 == 0 {
        em = run / 3
      } else if run % 2 == 0 {
        en = run / 2
      } else if run % 3 == 2 {
        em = (run - 2) / 3
        en = 1
      } else {
        em = (run - 4) / 3
        en = 2
      }
      return (String(repeating: "\u{2014}", count: em) + String(repeating: "\u{2013}", count: en))
        .unicodeScalars
    }
  }
}
