/// Reads a document line by line into a tree of blocks, following the CommonMark 0.31
/// block-structure algorithm (open containers matched per line, then new block starts, then
/// lazy continuation), with GFM tables and a nesting cap so hostile input stays bounded.
struct BlockParser {
  typealias Buffer = UnsafeBufferPointer<UInt8>

  /// Containers nested deeper than this are not opened; their markers read as text.
  static let maximumNesting = NestingLimit.blocks

  let s: Buffer
  var nodes: [BlockNode] = [BlockNode(kind: .document)]
  var references: [String: LinkReference] = [:]
  /// Footnote definitions by normalised label (`^LABEL`); the first of a label counts.
  var footnoteDefinitions: [String: (label: String, node: Int32)] = [:]

  var lineStart = 0
  var lineEnd = 0
  var lineNumber = 0
  var offset = 0
  var column = 0
  var nextNonspace = 0
  var nextNonspaceColumn = 0
  var indent = 0
  var isIndented = false
  var isBlank = false
  var partiallyConsumedTab = false
  var allClosed = true
  var tip: Int32 = 0
  var oldTip: Int32 = 0
  var lastMatchedContainer: Int32 = 0
  /// Steps of work done: bytes read, containers matched, block starts tried, columns counted.
  var steps = 0
  /// Whether a vertical tab or form feed was read (the document builder then removes them).
  var sawFormControl = false
  /// Where a container was not opened because of `maximumNesting`, once per line and kind.
  var nestingLimits: [NestingLimit] = []

  init(_ s: Buffer) {
    self.s = s
    // Prose runs about one block per 150 bytes; room for that keeps the nodes from being
    // copied as they grow (denser text grows the array as usual).
    nodes.reserveCapacity(s.count / 128 + 1)
  }

  // MARK: - Driver

  mutating func parse() {
    var start = 0
    let count = s.count
    while start < count {
      var end = start
      while end < count {
        let byte = s[end]
        if byte <= 0x0D {
          if byte == 0x0A || byte == 0x0D { break }
          if FormControlRemoval.isFormControl(byte) { sawFormControl = true }
        }
        end += 1
      }
      steps += end - start + 1
      incorporateLine(start, end)
      if end < count && s[end] == 0x0D && end + 1 < count && s[end + 1] == 0x0A {
        start = end + 2
      } else {
        start = end + 1
      }
    }
    while tip >= 0 { finalize(tip, line: lineNumber) }
  }

  @inline(__always) func peek(_ index: Int) -> UInt8 { index < lineEnd ? s[index] : 0 }

  // MARK: - Line bookkeeping

  mutating func findNextNonspace() {
    var i = offset
    var columns = column
    while i < lineEnd {
      let byte = s[i]
      if byte == 0x20 {
        i += 1
        columns += 1
      } else if byte == 0x09 {
        i += 1
        columns += 4 - columns % 4
      } else {
        break
      }
    }
    isBlank = i == lineEnd
    nextNonspace = i
    nextNonspaceColumn = columns
    indent = nextNonspaceColumn - column
    isIndented = indent >= 4
  }

  mutating func advanceNextNonspace() {
    offset = nextNonspace
    column = nextNonspaceColumn
    partiallyConsumedTab = false
  }

  mutating func advanceOffset(_ count: Int, columns: Bool) {
    var count = count
    while count > 0 && offset < lineEnd {
      let byte = s[offset]
      if byte == 0x09 {
        let toTab = 4 - column % 4
        if columns {
          partiallyConsumedTab = toTab > count
          let advance = min(toTab, count)
          column += advance
          if !partiallyConsumedTab { offset += 1 }
          count -= advance
        } else {
          partiallyConsumedTab = false
          column += toTab
          offset += 1
          count -= 1
        }
      } else {
        partiallyConsumedTab = false
        offset += 1
        if byte & 0xC0 != 0x80 { column += 1 }
        count -= 1
      }
    }
  }

  mutating func addLine() {
    let target = Int(tip)
    if partiallyConsumedTab {
      offset += 1
      let toTab = 4 - column % 4
      nodes[target].content.append(contentsOf: repeatElement(0x20, count: toTab))
    }
    if nodes[target].kind == .table {
      // The delimiter row itself leaves nothing to add.
      guard offset < lineEnd else { return }
      nodes[target].tableRows.append(Array(Buffer(rebasing: s[offset..<lineEnd])))
      return
    }
    nodes[target].content.append(contentsOf: Buffer(rebasing: s[offset..<lineEnd]))
    nodes[target].content.append(0x0A)
  }

  /// The 1-based column of byte `index` on the current line, counted in scalars.
  mutating func scalarColumn(_ index: Int) -> Int {
    var column = 1
    var i = lineStart
    while i < index && i < lineEnd {
      steps += 1
      if s[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return column
  }

  // MARK: - Tree

  @discardableResult
  mutating func addChild(_ kind: BlockNode.Kind, at index: Int) -> Int32 {
    while !nodes[Int(tip)].canContain(kind) { finalize(tip, line: lineNumber - 1) }
    var node = BlockNode(kind: kind)
    let parent = tip
    node.parent = parent
    node.depth = nodes[Int(parent)].depth + 1
    node.startLine = lineNumber
    node.startColumn = scalarColumn(index)
    let newIndex = Int32(nodes.count)
    node.previous = nodes[Int(parent)].last
    if node.previous >= 0 {
      nodes[Int(node.previous)].next = newIndex
    } else {
      nodes[Int(parent)].first = newIndex
    }
    nodes[Int(parent)].last = newIndex
    nodes.append(node)
    tip = newIndex
    return newIndex
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
  }

  mutating func closeUnmatchedBlocks() {
    if !allClosed {
      while oldTip != lastMatchedContainer {
        let parent = nodes[Int(oldTip)].parent
        finalize(oldTip, line: lineNumber - 1)
        oldTip = parent
      }
      allClosed = true
    }
  }

  mutating func finalize(_ index: Int32, line: Int) {
    let parent = nodes[Int(index)].parent
    nodes[Int(index)].isOpen = false
    nodes[Int(index)].endLine = line
    switch nodes[Int(index)].kind {
    case .paragraph:
      stripReferenceDefinitions(index)
      if nodes[Int(index)].content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
        unlink(index)
      }
    case .codeBlock: finalizeCode(index)
    case .item:
      let last = nodes[Int(index)].last
      if last >= 0 {
        nodes[Int(index)].endLine = nodes[Int(last)].endLine
      } else {
        nodes[Int(index)].endLine = nodes[Int(index)].startLine
      }
    case .list: finalizeList(index)
    case .footnoteDefinition:
      let marker = nodes[Int(index)].info
      let key = marker.withUnsafeBufferPointer { LinkReference.normalize($0) }
      if footnoteDefinitions[key] == nil {
        let label = String(decoding: marker.dropFirst(2).dropLast(), as: UTF8.self)
        footnoteDefinitions[key] = (label, index)
      }
    default: break
    }
    tip = parent
  }

  private mutating func stripReferenceDefinitions(_ index: Int32) {
    let content = nodes[Int(index)].content
    guard content.first == UInt8(ascii: "[") else { return }
    var consumed = 0
    content.withUnsafeBufferPointer { buffer in
      while consumed < buffer.count && buffer[consumed] == UInt8(ascii: "[") {
        let length = LinkSyntax.referenceDefinition(
          buffer, consumed, buffer.count, into: &references)
        if length == 0 { break }
        consumed += length
      }
    }
    if consumed > 0 { nodes[Int(index)].content.removeFirst(consumed) }
  }

  private mutating func finalizeCode(_ index: Int32) {
    var content = nodes[Int(index)].content
    if nodes[Int(index)].isFenced {
      // The first line is the info string; the rest is the code.
      let newline = content.firstIndex(of: 0x0A) ?? content.count
      let infoBytes = Array(content[..<newline])
      let rest = newline < content.count ? Array(content[(newline + 1)...]) : []
      nodes[Int(index)].info = infoBytes
      content = rest
    } else {
      // Drop trailing blank lines.
      var end = content.count
      while end > 0 {
        var lineBegin = end - 1
        while lineBegin > 0 && content[lineBegin - 1] != 0x0A { lineBegin -= 1 }
        let line = content[lineBegin..<end]
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
          end = lineBegin
        } else {
          break
        }
      }
      content.removeSubrange(end...)
    }
    nodes[Int(index)].content = content
  }

  private mutating func finalizeList(_ index: Int32) {
    var item = nodes[Int(index)].first
    var tight = true
    outer: while item >= 0 {
      let itemNode = nodes[Int(item)]
      if itemNode.next >= 0 && endsWithBlankLine(item) {
        tight = false
        break
      }
      var sub = itemNode.first
      while sub >= 0 {
        if nodes[Int(sub)].next >= 0 && endsWithBlankLine(sub) {
          tight = false
          break outer
        }
        sub = nodes[Int(sub)].next
      }
      item = itemNode.next
    }
    nodes[Int(index)].isTight = tight
    let last = nodes[Int(index)].last
    if last >= 0 { nodes[Int(index)].endLine = nodes[Int(last)].endLine }
  }

  private func endsWithBlankLine(_ index: Int32) -> Bool {
    let next = nodes[Int(index)].next
    return next >= 0 && nodes[Int(index)].endLine != nodes[Int(next)].startLine - 1
  }

  // MARK: - Lines

  mutating func incorporateLine(_ start: Int, _ end: Int) {
    lineStart = start
    lineEnd = end
    lineNumber += 1
    offset = start
    column = 0
    isBlank = false
    partiallyConsumedTab = false
    var container: Int32 = 0
    oldTip = tip
    // Match open containers.
    while true {
      let last = nodes[Int(container)].last
      guard last >= 0, nodes[Int(last)].isOpen else { break }
      steps += 1
      container = last
      findNextNonspace()
      switch continueBlock(container) {
      case .matched: continue
      case .unmatched:
        container = nodes[Int(container)].parent
      case .consumedLine: return
      }
      break
    }
    allClosed = container == oldTip
    lastMatchedContainer = container
    var matchedLeaf =
      nodes[Int(container)].kind != .paragraph && nodes[Int(container)].kind != .table
      && nodes[Int(container)].acceptsLines
    // New block starts.
    starts: while !matchedLeaf {
      steps += 1
      findNextNonspace()
      if !isIndented && !Self.maybeSpecial(peek(nextNonspace)) {
        advanceNextNonspace()
        break starts
      }
      switch tryStarts(container) {
      case .none:
        advanceNextNonspace()
        break starts
      case .container:
        container = tip
      case .leaf:
        container = tip
        matchedLeaf = true
      }
    }
    // The rest of the line is text.
    if !allClosed && !isBlank && nodes[Int(tip)].kind == .paragraph {
      addLine()
      return
    }
    closeUnmatchedBlocks()
    let kind = nodes[Int(container)].kind
    if nodes[Int(container)].acceptsLines {
      addLine()
      if kind == .htmlBlock, (1...5).contains(nodes[Int(container)].htmlKind),
        HTMLScanner.blockEnds(kind: nodes[Int(container)].htmlKind, s, offset, lineEnd)
      {
        finalize(container, line: lineNumber)
      }
    } else if offset < lineEnd && !isBlank {
      addChild(.paragraph, at: offset)
      advanceNextNonspace()
      addLine()
    }
  }

  private static func maybeSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"),
      UInt8(ascii: "+"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "<"),
      UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ":"),
      UInt8(ascii: "["), UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  enum Continuation { case matched, unmatched, consumedLine }

  mutating func continueBlock(_ index: Int32) -> Continuation {
    let node = nodes[Int(index)]
    switch node.kind {
    case .document: return .matched
    case .blockQuote:
      guard !isIndented, peek(nextNonspace) == UInt8(ascii: ">") else { return .unmatched }
      advanceNextNonspace()
      advanceOffset(1, columns: false)
      if ByteClass.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
      return .matched
    case .item:
      if isBlank {
        if node.first < 0 { return .unmatched }
        advanceNextNonspace()
      } else if indent >= node.markerOffset + node.padding {
        advanceOffset(node.markerOffset + node.padding, columns: true)
      } else {
        return .unmatched
      }
      return .matched
    case .list: return .matched
    case .heading, .thematicBreak: return .unmatched
    case .codeBlock:
      if node.isFenced {
        if indent <= 3 && peek(nextNonspace) == node.fenceChar {
          var i = nextNonspace
          while i < lineEnd && s[i] == node.fenceChar { i += 1 }
          let length = i - nextNonspace
          var j = i
          while j < lineEnd && ByteClass.isSpaceOrTab(s[j]) { j += 1 }
          if length >= node.fenceLength && j == lineEnd {
            finalize(index, line: lineNumber)
            return .consumedLine
          }
        }
        var remaining = node.fenceOffset
        while remaining > 0 && ByteClass.isSpaceOrTab(peek(offset)) {
          advanceOffset(1, columns: true)
          remaining -= 1
        }
        return .matched
      }
      if indent >= 4 {
        advanceOffset(4, columns: true)
      } else if isBlank {
        advanceNextNonspace()
      } else {
        return .unmatched
      }
      return .matched
    case .htmlBlock:
      return isBlank && (node.htmlKind == 6 || node.htmlKind == 7) ? .unmatched : .matched
    case .paragraph, .table:
      return isBlank ? .unmatched : .matched
    case .footnoteDefinition:
      if isBlank {
        advanceNextNonspace()
      } else if indent >= 4 {
        advanceOffset(4, columns: true)
      } else {
        return .unmatched
      }
      return .matched
    }
  }

  // MARK: - Block starts

  enum Start { case none, container, leaf }

  mutating func tryStarts(_ container: Int32) -> Start {
    let first = peek(nextNonspace)
    let containerKind = nodes[Int(container)].kind
    let canNest = nodes[Int(container)].depth < Self.maximumNesting
    if !isIndented {
      switch first {
      case UInt8(ascii: ">") where canNest:
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if ByteClass.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        closeUnmatchedBlocks()
        addChild(.blockQuote, at: nextNonspace)
        return .container
      case UInt8(ascii: "["):
        if canNest && startFootnoteDefinition() { return .container }
      case UInt8(ascii: "#"):
        if startATXHeading() { return .leaf }
      case UInt8(ascii: "`"), UInt8(ascii: "~"):
        if startFencedCode() { return .leaf }
      case UInt8(ascii: "<"):
        let lazyParagraph = !allClosed && !isBlank && nodes[Int(tip)].kind == .paragraph
        if let kind = HTMLScanner.blockStart(
          s, nextNonspace, lineEnd,
          canInterruptParagraph: containerKind != .paragraph && !lazyParagraph)
        {
          closeUnmatchedBlocks()
          let block = addChild(.htmlBlock, at: offset)
          nodes[Int(block)].htmlKind = kind
          return .leaf
        }
      default: break
      }
      if containerKind == .paragraph && startTable(container) { return .leaf }
      if containerKind == .paragraph && (first == UInt8(ascii: "=") || first == UInt8(ascii: "-")),
        startSetextHeading(container, marker: first)
      {
        return .leaf
      }
      if first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_"),
        isThematicBreak()
      {
        closeUnmatchedBlocks()
        addChild(.thematicBreak, at: nextNonspace)
        advanceOffset(lineEnd - offset, columns: false)
        return .leaf
      }
    }
    if (!isIndented || containerKind == .list) && canNest, startListItem(container) {
      return .container
    }
    if !canNest && !isIndented { noteNestingLimit(first) }
    if isIndented && nodes[Int(tip)].kind != .paragraph && !isBlank {
      advanceOffset(4, columns: true)
      closeUnmatchedBlocks()
      addChild(.codeBlock, at: offset)
      return .leaf
    }
    return .none
  }

  /// Records that a quote or list marker at the nesting limit is read as text.
  private mutating func noteNestingLimit(_ first: UInt8) {
    let kind: NestingLimit.Kind
    if first == UInt8(ascii: ">") {
      kind = .blockQuote
    } else if isListMarker(at: nextNonspace) {
      kind = .list
    } else {
      return
    }
    let limit = NestingLimit(kind: kind, line: lineNumber)
    if nestingLimits.last != limit { nestingLimits.append(limit) }
  }

  /// Whether a bullet or ordered-list marker followed by white space starts at `index`.
  private func isListMarker(at index: Int) -> Bool {
    var i = index
    let first = peek(i)
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      i += 1
    } else {
      while ByteClass.isDigit(peek(i)) && i - index < 9 { i += 1 }
      guard i > index, peek(i) == UInt8(ascii: ".") || peek(i) == UInt8(ascii: ")") else {
        return false
      }
      i += 1
    }
    return i == lineEnd || ByteClass.isSpaceOrTab(peek(i))
  }

  /// `[^label]:` (a label without spaces or `]`) opens a footnote definition; what follows
  /// on the line is its first block.
  private mutating func startFootnoteDefinition() -> Bool {
    guard peek(nextNonspace + 1) == UInt8(ascii: "^") else { return false }
    var i = nextNonspace + 2
    while i < lineEnd && s[i] != UInt8(ascii: "]") && !ByteClass.isSpaceOrTab(s[i]) { i += 1 }
    guard i > nextNonspace + 2, peek(i) == UInt8(ascii: "]"), peek(i + 1) == UInt8(ascii: ":")
    else { return false }
    let markerStart = nextNonspace
    closeUnmatchedBlocks()
    let definition = addChild(.footnoteDefinition, at: markerStart)
    nodes[Int(definition)].info = Array(Buffer(rebasing: s[markerStart...i]))
    advanceNextNonspace()
    advanceOffset(i + 2 - markerStart, columns: false)
    while ByteClass.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: false) }
    return true
  }

  private mutating func startATXHeading() -> Bool {
    var i = nextNonspace
    while i < lineEnd && s[i] == UInt8(ascii: "#") { i += 1 }
    let level = i - nextNonspace
    guard level <= 6, i == lineEnd || ByteClass.isSpaceOrTab(s[i]) else { return false }
    advanceNextNonspace()
    advanceOffset(level, columns: false)
    closeUnmatchedBlocks()
    let heading = addChild(.heading, at: nextNonspace)
    nodes[Int(heading)].level = level
    // Strip the optional closing sequence of `#`s.
    var start = offset
    var end = lineEnd
    while end > start && ByteClass.isSpaceOrTab(s[end - 1]) { end -= 1 }
    var hashes = end
    while hashes > start && s[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
    if hashes < end && (hashes == start || ByteClass.isSpaceOrTab(s[hashes - 1])) { end = hashes }
    while start < end && ByteClass.isSpaceOrTab(s[start]) { start += 1 }
    while end > start && ByteClass.isSpaceOrTab(s[end - 1]) { end -= 1 }
    nodes[Int(heading)].content = Array(Buffer(rebasing: s[start..<end]))
    advanceOffset(lineEnd - offset, columns: false)
    return true
  }

  private mutating func startFencedCode() -> Bool {
    let fence = s[nextNonspace]
    var i = nextNonspace
    while i < lineEnd && s[i] == fence { i += 1 }
    let length = i - nextNonspace
    guard length >= 3 else { return false }
    if fence == UInt8(ascii: "`") {
      var j = i
      while j < lineEnd {
        if s[j] == UInt8(ascii: "`") { return false }
        j += 1
      }
    }
    closeUnmatchedBlocks()
    let code = addChild(.codeBlock, at: nextNonspace)
    nodes[Int(code)].isFenced = true
    nodes[Int(code)].fenceLength = length
    nodes[Int(code)].fenceChar = fence
    nodes[Int(code)].fenceOffset = indent
    advanceNextNonspace()
    advanceOffset(length, columns: false)
    return true
  }

  private mutating func startSetextHeading(_ container: Int32, marker: UInt8) -> Bool {
    var i = nextNonspace
    while i < lineEnd && s[i] == marker { i += 1 }
    while i < lineEnd && ByteClass.isSpaceOrTab(s[i]) { i += 1 }
    guard i == lineEnd else { return false }
    closeUnmatchedBlocks()
    stripReferenceDefinitions(container)
    guard !nodes[Int(container)].content.isEmpty else { return false }
    nodes[Int(container)].kind = .heading
    nodes[Int(container)].level = marker == UInt8(ascii: "=") ? 1 : 2
    tip = container
    advanceOffset(lineEnd - offset, columns: false)
    return true
  }

  private func isThematicBreak() -> Bool {
    let marker = s[nextNonspace]
    var count = 0
    var i = nextNonspace
    while i < lineEnd {
      let byte = s[i]
      if byte == marker {
        count += 1
      } else if !ByteClass.isSpaceOrTab(byte) {
        return false
      }
      i += 1
    }
    return count >= 3
  }

  private mutating func startListItem(_ container: Int32) -> Bool {
    guard indent < 4 else { return false }
    let containerKind = nodes[Int(container)].kind
    var i = nextNonspace
    let first = peek(i)
    var isOrdered = false
    var bullet: UInt8 = 0
    var start = 0
    var delimiter: UInt8 = 0
    if first == UInt8(ascii: "*") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      bullet = first
      i += 1
    } else if ByteClass.isDigit(first) {
      var digits = 0
      while i < lineEnd && ByteClass.isDigit(s[i]) && digits < 10 {
        start = start * 10 + Int(s[i] - UInt8(ascii: "0"))
        i += 1
        digits += 1
      }
      guard digits <= 9, i < lineEnd, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ")")
      else { return false }
      if containerKind == .paragraph && start != 1 { return false }
      delimiter = s[i]
      isOrdered = true
      i += 1
    } else {
      return false
    }
    let markerLength = i - nextNonspace
    let after = peek(i)
    guard after == 0 || ByteClass.isSpaceOrTab(after) else { return false }
    if containerKind == .paragraph {
      var j = i
      while j < lineEnd && ByteClass.isSpaceOrTab(s[j]) { j += 1 }
      if j == lineEnd { return false }
    }
    let markerStart = nextNonspace
    let markerOffset = indent
    advanceNextNonspace()
    advanceOffset(markerLength, columns: true)
    let spacesStartColumn = column
    let spacesStartOffset = offset
    repeat {
      advanceOffset(1, columns: true)
    } while column - spacesStartColumn < 5 && ByteClass.isSpaceOrTab(peek(offset))
    let blankItem = offset >= lineEnd
    let spacesAfterMarker = column - spacesStartColumn
    let padding: Int
    if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
      padding = markerLength + 1
      column = spacesStartColumn
      offset = spacesStartOffset
      partiallyConsumedTab = false
      if ByteClass.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
    } else {
      padding = markerLength + spacesAfterMarker
    }
    closeUnmatchedBlocks()
    let tipNode = nodes[Int(tip)]
    let matchesList =
      tipNode.kind == .list && tipNode.isOrdered == isOrdered
      && (isOrdered ? tipNode.delimiter == delimiter : tipNode.bulletChar == bullet)
    if !matchesList {
      let list = addChild(.list, at: markerStart)
      nodes[Int(list)].isOrdered = isOrdered
      nodes[Int(list)].bulletChar = bullet
      nodes[Int(list)].delimiter = delimiter
      nodes[Int(list)].listStart = start
    }
    let item = addChild(.item, at: markerStart)
    nodes[Int(item)].padding = padding
    nodes[Int(item)].markerOffset = markerOffset
    nodes[Int(item)].isOrdered = isOrdered
    return true
  }

  // MARK: - Tables

  /// Turns the paragraph's last line into a table header when this line is a matching GFM
  /// delimiter row (`| --- | :-: |`).
  private mutating func startTable(_ paragraph: Int32) -> Bool {
    guard let alignments = Self.delimiterRow(s, nextNonspace, lineEnd) else { return false }
    let content = nodes[Int(paragraph)].content
    var headerStart = content.count - 1
    while headerStart > 0 && content[headerStart - 1] != 0x0A { headerStart -= 1 }
    let header = Array(content[headerStart..<(content.count - 1)])
    let cells = header.withUnsafeBufferPointer { TableRow.cells($0) }
    guard cells.count == alignments.count else { return false }
    closeUnmatchedBlocks()
    var table = paragraph
    if headerStart > 0 {
      nodes[Int(paragraph)].content.removeSubrange(headerStart...)
      let startLine =
        nodes[Int(paragraph)].startLine + content[..<headerStart].count(where: { $0 == 0x0A })
      finalize(paragraph, line: startLine - 1)
      table = addChild(.table, at: nextNonspace)
      nodes[Int(table)].startLine = startLine
    }
    nodes[Int(table)].kind = .table
    nodes[Int(table)].content = header
    nodes[Int(table)].tableAlignments = alignments
    tip = table
    advanceOffset(lineEnd - offset, columns: false)
    return true
  }

  static func delimiterRow(_ s: Buffer, _ start: Int, _ end: Int) -> [Table.Alignment]? {
    var alignments: [Table.Alignment] = []
    var i = start
    var sawPipe = false
    if i < end && s[i] == UInt8(ascii: "|") {
      sawPipe = true
      i += 1
    }
    while true {
      while i < end && ByteClass.isSpaceOrTab(s[i]) { i += 1 }
      if i == end { break }
      let left = s[i] == UInt8(ascii: ":")
      if left { i += 1 }
      var dashes = 0
      while i < end && s[i] == UInt8(ascii: "-") {
        dashes += 1
        i += 1
      }
      guard dashes > 0 else { return nil }
      let right = i < end && s[i] == UInt8(ascii: ":")
      if right { i += 1 }
      alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
      while i < end && ByteClass.isSpaceOrTab(s[i]) { i += 1 }
      if i == end { break }
      guard s[i] == UInt8(ascii: "|") else { return nil }
      sawPipe = true
      i += 1
    }
    return sawPipe && !alignments.isEmpty ? alignments : nil
  }
}
