/// Turns the inline parser's working tree into immutable `Inline` values, merging adjacent
/// text. Nesting deeper than `maximumDepth` is flattened into its text, so no later pass
/// (rendering, plain text) can recurse without bound.
struct InlineTreeBuilder {
  static let maximumDepth = NestingLimit.inlines

  let parser: InlineParser
  let extendedAutolinks: Bool
  /// Lines (0-based, in the leaf's text) where nesting was flattened, once each.
  private(set) var flattenedLines: [Int] = []
  private var lineCursor = 0
  private var linesBeforeCursor = 0

  init(parser: InlineParser, extendedAutolinks: Bool) {
    self.parser = parser
    self.extendedAutolinks = extendedAutolinks
  }

  mutating func build() -> [Inline] { children(of: 0, depth: 0, inLink: !extendedAutolinks) }

  /// `inLink`: inside a link's or image's text, where addresses stay text (also used for the
  /// whole document when extended autolinks are off).
  private mutating func children(of parent: Int32, depth: Int, inLink: Bool) -> [Inline] {
    var result: [Inline] = []
    var pending: [UInt8] = []
    var current = parser.nodes[Int(parent)].first
    func flush() {
      if !pending.isEmpty {
        if inLink {
          result.append(.text(String(decoding: pending, as: UTF8.self)))
        } else {
          result += ExtendedAutolinks.inlines(from: pending)
        }
        pending.removeAll(keepingCapacity: true)
      }
    }
    while current >= 0 {
      let node = parser.nodes[Int(current)]
      switch node.kind {
      case .text:
        appendBytes(of: node, to: &pending)
      case .root: break
      default:
        if depth >= Self.maximumDepth && node.first >= 0 {
          noteFlattening(at: current)
          flattenText(of: current, into: &pending)
        } else {
          flush()
          result.append(inline(for: current, depth: depth, inLink: inLink))
        }
      }
      current = node.next
    }
    flush()
    return result
  }

  private mutating func inline(for index: Int32, depth: Int, inLink: Bool) -> Inline {
    let node = parser.nodes[Int(index)]
    switch node.kind {
    case .softBreak: return .softBreak
    case .lineBreak: return .lineBreak
    case .code: return .code(string(of: node))
    case .html: return .html(string(of: node))
    case .emphasis: return .emphasis(children(of: index, depth: depth + 1, inLink: inLink))
    case .strong: return .strong(children(of: index, depth: depth + 1, inLink: inLink))
    case .strikethrough:
      return .strikethrough(children(of: index, depth: depth + 1, inLink: inLink))
    case .link:
      let info = parser.links[Int(node.link)]
      return .link(
        Link(
          destination: info.destination, title: info.title,
          children: children(of: index, depth: depth + 1, inLink: true)))
    case .image:
      let info = parser.links[Int(node.link)]
      return .image(
        Image(
          source: info.destination, title: info.title,
          children: children(of: index, depth: depth + 1, inLink: true)))
    case .footnoteReference:
      return .footnoteReference(parser.footnoteReferences[Int(node.link)])
    case .text, .root: return .text(string(of: node))
    }
  }

  private func appendBytes(of node: InlineParser.Node, to out: inout [UInt8]) {
    let start = Int(node.start)
    let end = Int(node.end)
    guard end > start else { return }
    if node.inPool {
      out.append(contentsOf: parser.pool[start..<end])
    } else {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: parser.s[start..<end]))
    }
  }

  private func string(of node: InlineParser.Node) -> String {
    var bytes: [UInt8] = []
    appendBytes(of: node, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Records the line of the first source text under `root`.
  private mutating func noteFlattening(at root: Int32) {
    var index = root
    while parser.nodes[Int(index)].first >= 0 { index = parser.nodes[Int(index)].first }
    let node = parser.nodes[Int(index)]
    // Subtrees come in document order, so the newlines are counted once, from where the
    // previous count stopped.
    let offset = node.inPool ? lineCursor : min(Int(node.start), parser.s.count)
    while lineCursor < offset {
      if parser.s[lineCursor] == 0x0A { linesBeforeCursor += 1 }
      lineCursor += 1
    }
    if flattenedLines.last != linesBeforeCursor { flattenedLines.append(linesBeforeCursor) }
  }

  /// Appends the text of a subtree in document order, iteratively.
  private func flattenText(of root: Int32, into out: inout [UInt8]) {
    var stack: [Int32] = [root]
    while let index = stack.popLast() {
      let node = parser.nodes[Int(index)]
      switch node.kind {
      case .text, .code, .html: appendBytes(of: node, to: &out)
      case .softBreak, .lineBreak: out.append(0x20)
      default: break
      }
      var children: [Int32] = []
      var child = node.first
      while child >= 0 {
        children.append(child)
        child = parser.nodes[Int(child)].next
      }
      stack.append(contentsOf: children.reversed())
    }
  }
}
