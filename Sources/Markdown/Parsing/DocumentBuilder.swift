/// Turns the block parser's working tree into immutable `Block` values, parsing the inline
/// content of each leaf and applying the GFM task-list and heading-id extensions.
struct DocumentBuilder {
  let parser: BlockParser
  let extendedAutolinks: Bool
  private var scratch = InlineParser.Scratch()
  private var footnoteTable = FootnoteTable()

  init(parser: BlockParser, extendedAutolinks: Bool) {
    self.parser = parser
    self.extendedAutolinks = extendedAutolinks
    footnoteTable.definitions = parser.footnoteDefinitions
  }

  /// The notes referred to by the blocks built so far (and by those notes), numbered in the
  /// order of their first reference. Call after `build()`.
  mutating func footnotes() -> [Footnote] {
    guard !footnoteTable.isEmpty else { return [] }
    var contents: [[Block]] = []
    // Building a note can number further notes it refers to.
    while contents.count < footnoteTable.numbered.count {
      let key = footnoteTable.numbered[contents.count]
      contents.append(children(of: footnoteTable.definitions[key]!.node))
    }
    return contents.enumerated().map { index, children in
      let key = footnoteTable.numbered[index]
      let definition = footnoteTable.definitions[key]!
      let node = parser.nodes[Int(definition.node)]
      return Footnote(
        number: index + 1, label: definition.label, children: children,
        referenceCount: footnoteTable.referenceCounts[index],
        position: SourcePosition(line: node.startLine, column: node.startColumn))
    }
  }

  mutating func build() -> [Block] { children(of: 0) }

  /// Steps of work of the inline parsing done so far, one more per block node.
  var steps: Int { scratch.steps + parser.nodes.count }

  private mutating func children(of parent: Int32) -> [Block] {
    var result: [Block] = []
    var current = parser.nodes[Int(parent)].first
    while current >= 0 {
      if let block = block(current) { result.append(block) }
      current = parser.nodes[Int(current)].next
    }
    return result
  }

  /// Where inline nesting was cut, in document order.
  private(set) var inlineNestingLimits: [NestingLimit] = []

  /// The inlines of a leaf whose text starts on source line `line`.
  private mutating func inlines(_ bytes: [UInt8], line: Int) -> [Inline] {
    let inlines = InlineParser.parse(
      bytes, references: parser.references, footnotes: &footnoteTable,
      extendedAutolinks: extendedAutolinks, scratch: &scratch)
    for offset in scratch.flattenedLines {
      inlineNestingLimits.append(NestingLimit(kind: .inline, line: line + offset))
    }
    return inlines
  }

  private mutating func block(_ index: Int32) -> Block? {
    let node = parser.nodes[Int(index)]
    let position = SourcePosition(line: node.startLine, column: node.startColumn)
    switch node.kind {
    case .document, .item, .footnoteDefinition: return nil
    case .paragraph:
      return .paragraph(
        Paragraph(content: inlines(node.content, line: node.startLine), position: position))
    case .heading:
      let (content, id) = Self.splitHeadingID(node.content)
      return .heading(
        Heading(
          level: node.level, id: id, content: inlines(content, line: node.startLine),
          position: position))
    case .blockQuote:
      return .blockQuote(BlockQuote(children: children(of: index), position: position))
    case .list:
      var items: [ListItem] = []
      var item = node.first
      while item >= 0 {
        items.append(listItem(item))
        item = parser.nodes[Int(item)].next
      }
      let kind: ListBlock.Kind =
        node.isOrdered
        ? .ordered(start: node.listStart, delimiter: Character(Unicode.Scalar(node.delimiter)))
        : .bullet(marker: Character(Unicode.Scalar(node.bulletChar)))
      return .list(ListBlock(kind: kind, isTight: node.isTight, items: items, position: position))
    case .codeBlock:
      let info = node.info.withUnsafeBufferPointer { buffer -> String in
        var start = 0
        var end = buffer.count
        while start < end && ByteClass.isSpaceOrTab(buffer[start]) { start += 1 }
        while end > start && ByteClass.isSpaceOrTab(buffer[end - 1]) { end -= 1 }
        return LinkSyntax.unescape(buffer, start, end)
      }
      return .codeBlock(
        CodeBlock(
          info: info, code: String(decoding: node.content, as: UTF8.self),
          isFenced: node.isFenced, position: position))
    case .htmlBlock:
      var content = node.content
      while content.last == 0x0A { content.removeLast() }
      return .htmlBlock(
        HTMLBlock(html: String(decoding: content, as: UTF8.self), position: position))
    case .thematicBreak:
      return .thematicBreak(ThematicBreak(position: position))
    case .table:
      let columns = node.tableAlignments.count
      let header = tableRow(node.content, columns: columns, line: node.startLine)
      var rows: [[[Inline]]] = []
      rows.reserveCapacity(node.tableRows.count)
      // Body rows follow the header and the delimiter row, one line each.
      for (offset, row) in node.tableRows.enumerated() {
        rows.append(tableRow(row, columns: columns, line: node.startLine + 2 + offset))
      }
      return .table(
        Table(alignments: node.tableAlignments, header: header, rows: rows, position: position))
    }
  }

  /// A row's cells, cut or padded to the table's column count.
  private mutating func tableRow(_ bytes: [UInt8], columns: Int, line: Int) -> [[Inline]] {
    var cells: [[Inline]] = []
    for cell in bytes.withUnsafeBufferPointer({ TableRow.cells($0) }).prefix(columns) {
      cells.append(inlines(cell, line: line))
    }
    while cells.count < columns { cells.append([]) }
    return cells
  }

  private mutating func listItem(_ index: Int32) -> ListItem {
    let node = parser.nodes[Int(index)]
    let position = SourcePosition(line: node.startLine, column: node.startColumn)
    var checkbox: ListItem.Checkbox?
    var blocks: [Block] = []
    var current = node.first
    var isFirst = true
    while current >= 0 {
      let child = parser.nodes[Int(current)]
      if isFirst && child.kind == .paragraph, let (box, rest) = Self.taskMarker(child.content) {
        checkbox = box
        let content = inlines(rest, line: child.startLine)
        if !content.isEmpty {
          blocks.append(
            .paragraph(
              Paragraph(
                content: content,
                position: SourcePosition(line: child.startLine, column: child.startColumn))))
        }
      } else if let block = block(current) {
        blocks.append(block)
      }
      isFirst = false
      current = child.next
    }
    return ListItem(checkbox: checkbox, children: blocks, position: position)
  }

  /// `[ ]`, `[x]` or `[X]` followed by whitespace at the start of an item's first paragraph.
  static func taskMarker(_ content: [UInt8]) -> (ListItem.Checkbox, [UInt8])? {
    guard content.count >= 4, content[0] == UInt8(ascii: "["), content[2] == UInt8(ascii: "]"),
      content[3] == 0x20 || content[3] == 0x09 || content[3] == 0x0A
    else { return nil }
    let box: ListItem.Checkbox
    switch content[1] {
    case 0x20: box = .unchecked
    case UInt8(ascii: "x"), UInt8(ascii: "X"): box = .checked
    default: return nil
    }
    return (box, Array(content[4...]))
  }

  /// Separates a trailing `{#id}` from a heading's text.
  static func splitHeadingID(_ content: [UInt8]) -> ([UInt8], String?) {
    var end = content.count
    while end > 0
      && (content[end - 1] == 0x20 || content[end - 1] == 0x09 || content[end - 1] == 0x0A)
    {
      end -= 1
    }
    guard end >= 4, content[end - 1] == UInt8(ascii: "}") else { return (content, nil) }
    var i = end - 2
    while i > 0 && isIDByte(content[i]) { i -= 1 }
    guard i >= 1, i < end - 2, content[i] == UInt8(ascii: "#"), content[i - 1] == UInt8(ascii: "{")
    else { return (content, nil) }
    let open = i - 1
    guard open == 0 || content[open - 1] == 0x20 || content[open - 1] == 0x09 else {
      return (content, nil)
    }
    let id = String(decoding: content[(i + 1)..<(end - 1)], as: UTF8.self)
    return (Array(content[..<open]), id)
  }

  private static func isIDByte(_ byte: UInt8) -> Bool {
    ByteClass.isAlnum(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
  }
}
