/// Parses the inline content of one leaf block (paragraph, heading, table cell) into inlines,
/// following the CommonMark 0.31 algorithm: a delimiter stack for emphasis (with the
/// `openers_bottom` bound, so runs of delimiters stay linear) and a bracket stack for links.
struct InlineParser {
  typealias Buffer = UnsafeBufferPointer<UInt8>

  // MARK: - Working tree

  enum Kind: UInt8 {
    case root, text, softBreak, lineBreak, code, emphasis, strong, strikethrough, link, image, html
    case footnoteReference
  }

  /// A node of the working tree, linked by indices so emphasis processing can splice.
  struct Node {
    var kind: Kind
    /// Text range: in the subject when `inPool` is false, else in `pool`.
    var start: Int32 = 0
    var end: Int32 = 0
    var inPool = false
    var parent: Int32 = -1
    var first: Int32 = -1
    var last: Int32 = -1
    var next: Int32 = -1
    var previous: Int32 = -1
    /// Index into `links` for links and images, into `footnoteReferences` for those.
    var link: Int32 = -1
  }

  struct Delimiter {
    var byte: UInt8
    var count: Int
    var originalCount: Int
    var node: Int32
    var previous: Int32
    var next: Int32
    var canOpen: Bool
    var canClose: Bool
  }

  struct Bracket {
    var node: Int32
    var previousDelimiter: Int32
    var index: Int
    var isImage: Bool
    var isActive = true
    var bracketAfter = false
  }

  let s: Buffer
  let end: Int
  var pos: Int
  let references: [String: LinkReference]
  var nodes: [Node] = []
  var pool: [UInt8] = []
  var links: [(destination: String, title: String)] = []
  var delimiters: [Delimiter] = []
  var delimiterTop: Int32 = -1
  var brackets: [Bracket] = []
  /// The document's footnotes, lent to this parser for one leaf.
  var footnotes = FootnoteTable()
  var footnoteReferences: [FootnoteReference] = []
  var backtickRuns: [Int: [Int]]?
  var backtickCursor: [Int: Int] = [:]
  /// Whether the subject's first code span was looked for by a plain scan (see
  /// `closingBacktickRun`).
  var scannedForFirstCloser = false
  var missingHTMLEnds: Set<String> = []
  /// Steps of work done, counted where loops run (see `MarkdownDocument.parseWork`).
  var steps = 0
  /// Every link opener below this index in `brackets` is already inactive, so deactivation
  /// stops here instead of walking over image openers again.
  var deactivatedBelow = 0

  init(_ s: Buffer, _ start: Int, _ end: Int, references: [String: LinkReference]) {
    self.s = s
    self.pos = start
    self.end = end
    self.references = references
  }

  // MARK: - Entry point

  /// Parses `s[start..<end]` (already stripped of surrounding whitespace).
  static func parse(
    _ bytes: [UInt8], references: [String: LinkReference], footnotes: inout FootnoteTable,
    extendedAutolinks: Bool, scratch: inout Scratch
  ) -> [Inline] {
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var end = buffer.count
      while start < end && isTrimmable(buffer[start]) { start += 1 }
      while end > start && isTrimmable(buffer[end - 1]) { end -= 1 }
      guard start < end else { return [] }
      var parser = InlineParser(buffer, start, end, references: references)
      parser.borrow(&scratch)
      swap(&parser.footnotes, &footnotes)
      parser.run()
      swap(&parser.footnotes, &footnotes)
      var builder = InlineTreeBuilder(parser: parser, extendedAutolinks: extendedAutolinks)
      let inlines = builder.build()
      scratch.flattenedLines = builder.flattenedLines
      // The tree builder visits each node once.
      scratch.steps += parser.steps + parser.nodes.count
      parser.giveBack(&scratch)
      return inlines
    }
  }

  /// Working storage kept between the leaves of one document, so each paragraph reuses the
  /// previous one's allocations.
  struct Scratch {
    var nodes: [Node] = []
    var pool: [UInt8] = []
    var links: [(destination: String, title: String)] = []
    var delimiters: [Delimiter] = []
    var brackets: [Bracket] = []
    /// Steps of work of every leaf parsed so far.
    var steps = 0
    /// Lines of the last leaf (0-based) where inline nesting was flattened.
    var flattenedLines: [Int] = []
  }

  private mutating func borrow(_ scratch: inout Scratch) {
    swap(&nodes, &scratch.nodes)
    swap(&pool, &scratch.pool)
    swap(&links, &scratch.links)
    swap(&delimiters, &scratch.delimiters)
    swap(&brackets, &scratch.brackets)
    nodes.removeAll(keepingCapacity: true)
    nodes.append(Node(kind: .root))
    pool.removeAll(keepingCapacity: true)
    links.removeAll(keepingCapacity: true)
    delimiters.removeAll(keepingCapacity: true)
    brackets.removeAll(keepingCapacity: true)
  }

  private mutating func giveBack(_ scratch: inout Scratch) {
    swap(&nodes, &scratch.nodes)
    swap(&pool, &scratch.pool)
    swap(&links, &scratch.links)
    swap(&delimiters, &scratch.delimiters)
    swap(&brackets, &scratch.brackets)
  }

  private static func isTrimmable(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  mutating func run() {
    steps += end - pos
    while pos < end {
      steps += 1
      parseInline()
    }
    processEmphasis(bottom: -1)
  }

  // MARK: - Tree editing

  @discardableResult
  mutating func append(_ node: Node, to parent: Int32 = 0) -> Int32 {
    var node = node
    let index = Int32(nodes.count)
    node.parent = parent
    node.previous = nodes[Int(parent)].last
    node.next = -1
    if node.previous >= 0 {
      nodes[Int(node.previous)].next = index
    } else {
      nodes[Int(parent)].first = index
    }
    nodes[Int(parent)].last = index
    nodes.append(node)
    return index
  }

  mutating func appendText(_ start: Int, _ end: Int) {
    append(Node(kind: .text, start: Int32(start), end: Int32(end)))
  }

  mutating func appendPooled(_ text: some Sequence<UInt8>, kind: Kind = .text) {
    let start = pool.count
    pool.append(contentsOf: text)
    append(Node(kind: kind, start: Int32(start), end: Int32(pool.count), inPool: true))
  }

  mutating func unlink(_ index: Int32) {
    let node = nodes[Int(index)]
    if node.previous >= 0 {
      nodes[Int(node.previous)].next = node.next
    } else if node.parent >= 0 {
      nodes[Int(node.parent)].first = node.next
    }
    if node.next >= 0 {
      nodes[Int(node.next)].previous = node.previous
    } else if node.parent >= 0 {
      nodes[Int(node.parent)].last = node.previous
    }
    nodes[Int(index)].parent = -1
    nodes[Int(index)].next = -1
    nodes[Int(index)].previous = -1
  }

  mutating func insert(_ index: Int32, after sibling: Int32) {
    let parent = nodes[Int(sibling)].parent
    let next = nodes[Int(sibling)].next
    nodes[Int(index)].parent = parent
    nodes[Int(index)].previous = sibling
    nodes[Int(index)].next = next
    nodes[Int(sibling)].next = index
    if next >= 0 { nodes[Int(next)].previous = index } else { nodes[Int(parent)].last = index }
  }

  /// Moves every sibling after `from` (up to, not including, `until`) into `container`.
  mutating func adopt(siblingsAfter from: Int32, until: Int32, into container: Int32) {
    var current = nodes[Int(from)].next
    while current >= 0 && current != until {
      steps += 1
      let next = nodes[Int(current)].next
      unlink(current)
      let last = nodes[Int(container)].last
      nodes[Int(current)].parent = container
      nodes[Int(current)].previous = last
      if last >= 0 {
        nodes[Int(last)].next = current
      } else {
        nodes[Int(container)].first = current
      }
      nodes[Int(container)].last = current
      current = next
    }
  }

  // MARK: - Dispatch

  mutating func parseInline() {
    let byte = s[pos]
    switch byte {
    case 0x0A: parseNewline()
    case UInt8(ascii: "\\"): parseBackslash()
    case UInt8(ascii: "`"): parseBackticks()
    case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"): handleDelimiter(byte)
    case UInt8(ascii: "["):
      appendText(pos, pos + 1)
      addBracket(node: Int32(nodes.count - 1), index: pos, isImage: false)
      pos += 1
    case UInt8(ascii: "!"):
      if pos + 1 < end && s[pos + 1] == UInt8(ascii: "[") {
        appendText(pos, pos + 2)
        addBracket(node: Int32(nodes.count - 1), index: pos + 1, isImage: true)
        pos += 2
      } else {
        appendText(pos, pos + 1)
        pos += 1
      }
    case UInt8(ascii: "]"): parseCloseBracket()
    case UInt8(ascii: "<"):
      if !parseAutolink() && !parseInlineHTML() {
        appendText(pos, pos + 1)
        pos += 1
      }
    case UInt8(ascii: "&"): parseEntity()
    default: parseString()
    }
  }

  /// Bytes that may start an inline construct, as bitmasks over 0–63 and 64–127:
  /// line feed, `!`, `&`, `*`, `<`, `[`, `\\`, `]`, `_`, `` ` `` and `~`.
  private static let specialLow: UInt64 =
    1 << 0x0A | 1 << 0x21 | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C
  private static let specialHigh: UInt64 =
    1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64)
    | 1 << (0x7E - 64)

  mutating func parseString() {
    let start = pos
    pos += 1
    let low = Self.specialLow
    let high = Self.specialHigh
    while pos < end {
      let byte = s[pos]
      if byte < 64 {
        if low >> byte & 1 != 0 { break }
      } else if byte < 128 {
        if high >> (byte - 64) & 1 != 0 { break }
      }
      pos += 1
    }
    appendText(start, pos)
  }

  mutating func parseNewline() {
    pos += 1
    var isHard = false
    let last = nodes[0].last
    if last >= 0 && nodes[Int(last)].kind == .text {
      let node = nodes[Int(last)]
      var textEnd = Int(node.end)
      let textStart = Int(node.start)
      var spaces = 0
      while textEnd > textStart && byte(of: node, at: textEnd - 1) == 0x20 {
        textEnd -= 1
        spaces += 1
      }
      isHard = spaces >= 2
      nodes[Int(last)].end = Int32(textEnd)
    }
    append(Node(kind: isHard ? .lineBreak : .softBreak))
    while pos < end && ByteClass.isSpaceOrTab(s[pos]) { pos += 1 }
  }

  func byte(of node: Node, at index: Int) -> UInt8 { node.inPool ? pool[index] : s[index] }

  mutating func parseBackslash() {
    pos += 1
    if pos < end && s[pos] == 0x0A {
      pos += 1
      append(Node(kind: .lineBreak))
      while pos < end && ByteClass.isSpaceOrTab(s[pos]) { pos += 1 }
    } else if pos < end && ByteClass.isASCIIPunctuation(s[pos]) {
      appendText(pos, pos + 1)
      pos += 1
    } else {
      appendText(pos - 1, pos)
    }
  }

  mutating func parseEntity() {
    let length = EntityDecoder.scan(s, pos, end)
    if length > 0, let decoded = EntityDecoder.decode(s, pos, pos + length) {
      appendPooled(decoded.utf8)
      pos += length
    } else {
      appendText(pos, pos + 1)
      pos += 1
    }
  }

  // MARK: - Code spans

  mutating func parseBackticks() {
    let start = pos
    while pos < end && s[pos] == UInt8(ascii: "`") { pos += 1 }
    let length = pos - start
    let afterOpen = pos
    guard let closer = closingBacktickRun(length: length, after: afterOpen) else {
      appendText(start, afterOpen)
      return
    }
    var contents: [UInt8] = []
    contents.reserveCapacity(closer - afterOpen)
    steps += closer - afterOpen
    for index in afterOpen..<closer { contents.append(s[index] == 0x0A ? 0x20 : s[index]) }
    if contents.count >= 2 && contents.first == 0x20 && contents.last == 0x20
      && contents.contains(where: { $0 != 0x20 })
    {
      contents.removeFirst()
      contents.removeLast()
    }
    appendPooled(contents, kind: .code)
    pos = closer + length
  }

  /// The start of the first backtick run of exactly `length` at or after `after`. The first
  /// opener of a subject scans for its closer directly (most paragraphs have one code span or
  /// none); after that all runs are indexed once per subject, so unmatched openers cost no
  /// rescanning. Either way each byte is read at most twice.
  mutating func closingBacktickRun(length: Int, after: Int) -> Int? {
    if backtickRuns == nil && !scannedForFirstCloser {
      scannedForFirstCloser = true
      var i = after
      while i < end {
        guard s[i] == UInt8(ascii: "`") else {
          i += 1
          continue
        }
        let runStart = i
        while i < end && s[i] == UInt8(ascii: "`") { i += 1 }
        if i - runStart == length {
          steps += i - after
          return runStart
        }
      }
      steps += end - after
    }
    if backtickRuns == nil {
      var runs: [Int: [Int]] = [:]
      var i = pos
      steps += end - pos
      while i < end {
        if s[i] == UInt8(ascii: "`") {
          let runStart = i
          while i < end && s[i] == UInt8(ascii: "`") { i += 1 }
          runs[i - runStart, default: []].append(runStart)
        } else {
          i += 1
        }
      }
      backtickRuns = runs
    }
    guard let starts = backtickRuns?[length] else { return nil }
    var cursor = backtickCursor[length] ?? 0
    while cursor < starts.count && starts[cursor] < after { cursor += 1 }
    backtickCursor[length] = cursor
    return cursor < starts.count ? starts[cursor] : nil
  }

  // MARK: - Autolinks and HTML

  mutating func parseAutolink() -> Bool {
    var i = pos + 1
    // URI autolink: scheme of 2–32 characters, then no spaces, `<` or `>`.
    if i < end && ByteClass.isAlpha(s[i]) {
      var j = i + 1
      while j < end
        && (ByteClass.isAlnum(s[j]) || s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: ".")
          || s[j] == UInt8(ascii: "-"))
      {
        j += 1
      }
      let schemeLength = j - i
      if schemeLength >= 2 && schemeLength <= 32 && j < end && s[j] == UInt8(ascii: ":") {
        j += 1
        while j < end && s[j] > 0x20 && s[j] != UInt8(ascii: "<") && s[j] != UInt8(ascii: ">") {
          j += 1
        }
        if j < end && s[j] == UInt8(ascii: ">") {
          addAutolink(textStart: i, textEnd: j, mailto: false)
          pos = j + 1
          return true
        }
      }
    }
    // Email autolink.
    i = pos + 1
    let localStart = i
    while i < end && (ByteClass.isAlnum(s[i]) || Self.isEmailLocal(s[i])) { i += 1 }
    guard i > localStart, i < end, s[i] == UInt8(ascii: "@") else { return false }
    i += 1
    var labelCount = 0
    while true {
      let labelStart = i
      while i < end && (ByteClass.isAlnum(s[i]) || s[i] == UInt8(ascii: "-")) { i += 1 }
      let labelLength = i - labelStart
      guard labelLength >= 1, labelLength <= 63, ByteClass.isAlnum(s[labelStart]),
        ByteClass.isAlnum(s[i - 1])
      else { return false }
      labelCount += 1
      if i < end && s[i] == UInt8(ascii: ".") {
        i += 1
        continue
      }
      break
    }
    guard labelCount >= 1, i < end, s[i] == UInt8(ascii: ">") else { return false }
    addAutolink(textStart: pos + 1, textEnd: i, mailto: true)
    pos = i + 1
    return true
  }

  private static func isEmailLocal(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"),
      UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"),
      UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "?"),
      UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"),
      UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
      true
    default: false
    }
  }

  private mutating func addAutolink(textStart: Int, textEnd: Int, mailto: Bool) {
    let text = String(decoding: Buffer(rebasing: s[textStart..<textEnd]), as: UTF8.self)
    links.append((LinkSyntax.normalizeURL(mailto ? "mailto:" + text : text), ""))
    let link = append(Node(kind: .link, link: Int32(links.count - 1)))
    append(Node(kind: .text, start: Int32(textStart), end: Int32(textEnd)), to: link)
  }

  mutating func parseInlineHTML() -> Bool {
    guard let htmlEnd = HTMLScanner.inline(s, pos, end, &missingHTMLEnds) else { return false }
    append(Node(kind: .html, start: Int32(pos), end: Int32(htmlEnd)))
    pos = htmlEnd
    return true
  }

  // MARK: - Emphasis

  mutating func handleDelimiter(_ byte: UInt8) {
    let start = pos
    while pos < end && s[pos] == byte { pos += 1 }
    let count = pos - start
    let before = ByteClass.scalar(before: start, in: s, from: 0)
    let after = ByteClass.scalar(at: pos, in: s, limit: end)
    let afterIsSpace = ByteClass.isUnicodeWhitespace(after)
    let afterIsPunct = ByteClass.isUnicodePunctuation(after)
    let beforeIsSpace = ByteClass.isUnicodeWhitespace(before)
    let beforeIsPunct = ByteClass.isUnicodePunctuation(before)
    let leftFlanking = !afterIsSpace && (!afterIsPunct || beforeIsSpace || beforeIsPunct)
    let rightFlanking = !beforeIsSpace && (!beforeIsPunct || afterIsSpace || afterIsPunct)
    var canOpen = leftFlanking
    var canClose = rightFlanking
    if byte == UInt8(ascii: "_") {
      canOpen = leftFlanking && (!rightFlanking || beforeIsPunct)
      canClose = rightFlanking && (!leftFlanking || afterIsPunct)
    } else if byte == UInt8(ascii: "~") && count > 2 {
      canOpen = false
      canClose = false
    }
    appendText(start, pos)
    guard canOpen || canClose else { return }
    let index = Int32(delimiters.count)
    delimiters.append(
      Delimiter(
        byte: byte, count: count, originalCount: count, node: Int32(nodes.count - 1),
        previous: delimiterTop, next: -1, canOpen: canOpen, canClose: canClose))
    if delimiterTop >= 0 { delimiters[Int(delimiterTop)].next = index }
    delimiterTop = index
  }

  mutating func removeDelimiter(_ index: Int32) {
    let delimiter = delimiters[Int(index)]
    if delimiter.previous >= 0 { delimiters[Int(delimiter.previous)].next = delimiter.next }
    if delimiter.next >= 0 {
      delimiters[Int(delimiter.next)].previous = delimiter.previous
    } else {
      delimiterTop = delimiter.previous
    }
  }

  /// Matches delimiter runs above `bottom` into emphasis, strong and strikethrough nodes.
  mutating func processEmphasis(bottom: Int32) {
    var openersBottom = [Int32](repeating: bottom, count: 20)
    // Delimiter indices grow in document order, so `>` compares positions even after the
    // delimiter a bound names has been removed from the list.
    var closer = delimiterTop > bottom ? delimiterTop : -1
    while closer >= 0 && delimiters[Int(closer)].previous > bottom {
      steps += 1
      closer = delimiters[Int(closer)].previous
    }
    while closer >= 0 {
      steps += 1
      let closing = delimiters[Int(closer)]
      guard closing.canClose else {
        closer = closing.next
        continue
      }
      let bottomIndex: Int
      switch closing.byte {
      case UInt8(ascii: "_"): bottomIndex = (closing.canOpen ? 3 : 0) + closing.originalCount % 3
      case UInt8(ascii: "*"):
        bottomIndex = 6 + (closing.canOpen ? 3 : 0) + closing.originalCount % 3
      default: bottomIndex = 12 + min(closing.originalCount, 2)
      }
      var opener = closing.previous
      var found = false
      while opener > bottom && opener > openersBottom[bottomIndex] {
        steps += 1
        let candidate = delimiters[Int(opener)]
        if candidate.byte == closing.byte && candidate.canOpen {
          if closing.byte == UInt8(ascii: "~") {
            if candidate.count == closing.count {
              found = true
              break
            }
          } else {
            let oddMatch =
              (closing.canOpen || candidate.canClose) && closing.originalCount % 3 != 0
              && (candidate.originalCount + closing.originalCount) % 3 == 0
            if !oddMatch {
              found = true
              break
            }
          }
        }
        opener = candidate.previous
      }
      let oldCloser = closer
      if found {
        let opening = delimiters[Int(opener)]
        let used: Int
        let kind: Kind
        if closing.byte == UInt8(ascii: "~") {
          used = closing.count
          kind = .strikethrough
        } else {
          used = closing.count >= 2 && opening.count >= 2 ? 2 : 1
          kind = used == 1 ? .emphasis : .strong
        }
        delimiters[Int(opener)].count -= used
        delimiters[Int(closer)].count -= used
        nodes[Int(opening.node)].end -= Int32(used)
        nodes[Int(closing.node)].end -= Int32(used)
        nodes.append(Node(kind: kind))
        let emphasis = Int32(nodes.count - 1)
        adopt(siblingsAfter: opening.node, until: closing.node, into: emphasis)
        insert(emphasis, after: opening.node)
        // Remove delimiters between opener and closer.
        delimiters[Int(opener)].next = closer
        delimiters[Int(closer)].previous = opener
        if delimiters[Int(opener)].count == 0 {
          unlink(opening.node)
          removeDelimiter(opener)
        }
        if delimiters[Int(closer)].count == 0 {
          unlink(closing.node)
          let next = delimiters[Int(closer)].next
          removeDelimiter(closer)
          closer = next
        }
      } else {
        closer = closing.next
        openersBottom[bottomIndex] = delimiters[Int(oldCloser)].previous
        if !closing.canOpen { removeDelimiter(oldCloser) }
      }
    }
    while delimiterTop > bottom {
      steps += 1
      removeDelimiter(delimiterTop)
    }
  }

  // MARK: - Links

  mutating func addBracket(node: Int32, index: Int, isImage: Bool) {
    if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
    deactivatedBelow = min(deactivatedBelow, brackets.count)
    brackets.append(
      Bracket(node: node, previousDelimiter: delimiterTop, index: index, isImage: isImage))
  }

  mutating func parseCloseBracket() {
    pos += 1
    let startPos = pos
    guard let opener = brackets.last else {
      appendText(pos - 1, pos)
      return
    }
    guard opener.isActive else {
      appendText(pos - 1, pos)
      brackets.removeLast()
      return
    }
    if !opener.isImage && !opener.bracketAfter && !footnotes.isEmpty
      && s[opener.index + 1] == UInt8(ascii: "^"), closeFootnoteReference(opener, startPos)
    {
      return
    }
    var matched: (destination: String, title: String)?
    // Inline link: `(destination "title")`.
    if pos < end && s[pos] == UInt8(ascii: "(") {
      var i = LinkSyntax.skipSpacesAndOneNewline(s, pos + 1, end)
      var destination = ""
      var ok = true
      if i < end && s[i] != UInt8(ascii: ")") {
        if let (destinationEnd, parsed) = LinkSyntax.destination(s, i, end) {
          destination = parsed
          i = destinationEnd
        } else {
          ok = false
        }
      }
      if ok {
        var title = ""
        let beforeTitle = i
        i = LinkSyntax.skipSpacesAndOneNewline(s, i, end)
        if i > beforeTitle, let (titleEnd, parsed) = LinkSyntax.title(s, i, end) {
          title = parsed
          i = LinkSyntax.skipSpacesAndOneNewline(s, titleEnd, end)
        }
        if i < end && s[i] == UInt8(ascii: ")") {
          matched = (destination, title)
          pos = i + 1
        }
      }
    }
    if matched == nil {
      // Reference link: full, collapsed or shortcut.
      let labelLength = LinkSyntax.label(s, pos, end)
      var key: String?
      if references.isEmpty {
        key = nil
      } else if labelLength > 2 {
        steps += labelLength
        key = LinkSyntax.normalize(label: s, pos, pos + labelLength)
      } else if !opener.bracketAfter && startPos - opener.index <= LinkSyntax.maximumLabelBytes {
        // A longer text cannot be a label, so it is never normalised (which would cost its
        // length once per closing bracket).
        steps += startPos - opener.index
        key = LinkSyntax.normalize(label: s, opener.index, startPos)
      }
      if let key, let reference = references[key] {
        matched = (reference.destination, reference.title)
        if labelLength > 0 { pos += labelLength }
      }
    }
    guard let (destination, title) = matched else {
      brackets.removeLast()
      pos = startPos
      appendText(pos - 1, pos)
      return
    }
    links.append((destination, title))
    nodes.append(Node(kind: opener.isImage ? .image : .link, link: Int32(links.count - 1)))
    let link = Int32(nodes.count - 1)
    adopt(siblingsAfter: opener.node, until: -1, into: link)
    let parent: Int32 = 0
    let last = nodes[Int(parent)].last
    nodes[Int(link)].parent = parent
    nodes[Int(link)].previous = last
    if last >= 0 { nodes[Int(last)].next = link } else { nodes[Int(parent)].first = link }
    nodes[Int(parent)].last = link
    processEmphasis(bottom: opener.previousDelimiter)
    brackets.removeLast()
    unlink(opener.node)
    if !opener.isImage {
      // No links in links: deactivate earlier link openers. Everything below
      // `deactivatedBelow` already is, so each opener is walked over once at most.
      var index = brackets.count - 1
      while index >= deactivatedBelow {
        steps += 1
        if !brackets[index].isImage { brackets[index].isActive = false }
        index -= 1
      }
      deactivatedBelow = brackets.count
    }
  }

  // MARK: - Footnotes

  /// Turns `[^label]`, whose `]` ends before `end`, into a reference when the note is defined.
  private mutating func closeFootnoteReference(_ opener: Bracket, _ end: Int) -> Bool {
    let labelStart = opener.index + 2
    let labelEnd = end - 1
    guard labelStart < labelEnd else { return false }
    for index in labelStart..<labelEnd {
      let byte = s[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A { return false }
    }
    steps += labelEnd - opener.index
    let key = LinkSyntax.normalize(label: s, opener.index, end)
    guard let reference = footnotes.reference(key: key) else { return false }
    // The label's text and delimiters give way to the reference.
    while delimiterTop > opener.previousDelimiter {
      steps += 1
      removeDelimiter(delimiterTop)
    }
    var current = nodes[Int(opener.node)].next
    while current >= 0 {
      steps += 1
      let next = nodes[Int(current)].next
      unlink(current)
      current = next
    }
    brackets.removeLast()
    unlink(opener.node)
    footnoteReferences.append(reference)
    append(Node(kind: .footnoteReference, link: Int32(footnoteReferences.count - 1)))
    return true
  }
}
