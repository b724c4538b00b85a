/// Lists and mappings in brackets: `[a, b]`, `{name: value}`, which may span lines.
extension YAMLParser {
  /// Reads a bracketed collection at `position`; stops just after its closing bracket.
  mutating func parseFlowCollection() throws(YAMLSyntaxError) -> YAMLNode {
    let start = currentMark()
    let isMapping = current == YAMLByte.openBrace
    let close = isMapping ? YAMLByte.closeBrace : YAMLByte.closeBracket
    try enterCollection(at: start)
    position += 1
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var names: Set<String>?
    try skipFlowSpace(start: start, isMapping: isMapping)
    while current != close {
      if current == YAMLByte.comma {
        throw error(
          "there is an empty item here (two commas in a row, or a comma first); remove a comma")
      }
      let entry = try parseFlowNode(start: start, isMapping: isMapping)
      try skipFlowSpace(start: start, isMapping: isMapping)
      if current == YAMLByte.colon {
        if line != entry.line {
          throw error(
            "a name and the colon after it must be on one line; join the lines, or add the "
              + "missing comma before this line", at: Mark(line: line, column: 1))
        }
        position += 1
        try skipFlowSpace(start: start, isMapping: isMapping)
        let value =
          current == YAMLByte.comma || current == close
          ? YAMLNode(content: .scalar("", .plain), line: line, column: currentMark().column)
          : try parseFlowNode(start: start, isMapping: isMapping)
        let pair = YAMLPair(key: entry, value: value)
        if isMapping {
          try checkDuplicate(entry, in: pairs, names: &names)
          pairs.append(pair)
        } else {
          items.append(YAMLNode(content: .mapping([pair]), line: entry.line, column: entry.column))
        }
      } else if isMapping {
        try checkDuplicate(entry, in: pairs, names: &names)
        pairs.append(
          YAMLPair(
            key: entry,
            value: YAMLNode(content: .scalar("", .plain), line: entry.line, column: entry.column)))
      } else {
        items.append(entry)
      }
      try skipFlowSpace(start: start, isMapping: isMapping)
      if current == YAMLByte.comma {
        position += 1
        try skipFlowSpace(start: start, isMapping: isMapping)
      } else if current != close {
        let closing = isMapping ? "}" : "]"
        throw error(
          "expected a comma or the closing `\(closing)` here; separate the items with commas")
      }
    }
    position += 1
    depth -= 1
    let content: YAMLNode.Content = isMapping ? .mapping(pairs) : .sequence(items)
    return YAMLNode(content: content, line: start.line, column: start.column)
  }

  /// One entry inside brackets: a nested collection, a quoted text or a plain text.
  private mutating func parseFlowNode(start: Mark, isMapping: Bool) throws(YAMLSyntaxError)
    -> YAMLNode
  {
    switch current {
    case YAMLByte.openBracket, YAMLByte.openBrace:
      return try parseFlowCollection()
    case YAMLByte.doubleQuote, YAMLByte.singleQuote:
      return try parseQuotedScalar()
    default:
      try checkPlainStart(flow: true)
      return try parseFlowPlainScalar(start: start, isMapping: isMapping)
    }
  }

  /// A plain text inside brackets; it may continue on the next lines, whatever their indentation.
  private mutating func parseFlowPlainScalar(start collectionStart: Mark, isMapping: Bool)
    throws(YAMLSyntaxError) -> YAMLNode
  {
    let start = currentMark()
    var scan = scanPlainLine(from: position, flow: true)
    let first = position..<scan.end
    var buffer: [UInt8] = []
    while true {
      if scan.stop == .misplacedColon {
        throw error(
          "in brackets, a colon must have a space after it; put text with a colon in quotes",
          atByte: scan.stopIndex)
      }
      guard scan.stop == .lineEnd, scan.stopIndex < bytes.count else { break }
      position = scan.stopIndex
      var emptyLines = -1
      while current == YAMLByte.newline {
        emptyLines += 1
        consumeLineBreak()
        skipBlanks()
      }
      if isAtEnd { break }
      let value = current
      if value == YAMLByte.hash || YAMLByte.isFlowIndicator(value)
        || (value == YAMLByte.colon
          && (isBlankOrEnd(at: position + 1)
            || YAMLByte.isFlowIndicator(byte(at: position + 1))))
      {
        return plainScalar(first: first, buffer: buffer, at: start)
      }
      let next = scanPlainLine(from: position, flow: true)
      appendPlainLine(position..<next.end, after: emptyLines, to: &buffer, first: first)
      scan = next
    }
    position = scan.stopIndex
    if isAtEnd { throw unclosedFlow(start: collectionStart, isMapping: isMapping) }
    return plainScalar(first: first, buffer: buffer, at: start)
  }

  /// Steps over blanks, line breaks and comments between entries (a `#` there starts a comment,
  /// as in libyaml, even without a blank before it).
  private mutating func skipFlowSpace(start: Mark, isMapping: Bool) throws(YAMLSyntaxError) {
    while position < bytes.count {
      let value = bytes[position]
      if YAMLByte.isBlank(value) {
        position += 1
      } else if value == YAMLByte.newline {
        consumeLineBreak()
      } else if value == YAMLByte.hash {
        while !isBreakOrEnd(at: position) { position += 1 }
      } else {
        if position == lineStart, isDocumentMarker(at: position) {
          throw unclosedFlow(start: start, isMapping: isMapping)
        }
        return
      }
    }
    throw unclosedFlow(start: start, isMapping: isMapping)
  }

  private func unclosedFlow(start: Mark, isMapping: Bool) -> YAMLSyntaxError {
    let (open, close) = isMapping ? ("{", "}") : ("[", "]")
    return error(
      "the `\(open)` here is never closed; add `\(close)` after the last item", at: start)
  }
}
