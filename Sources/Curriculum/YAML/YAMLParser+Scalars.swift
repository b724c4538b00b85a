/// Texts: plain, quoted and block (`|`, `>`), with YAML's rules for joining lines.
extension YAMLParser {
  enum PlainStop {
    case lineEnd, comment, colon, flowIndicator
    /// In brackets, a colon right before `,?[]{}`, which libyaml refuses.
    case misplacedColon
  }

  struct PlainLine {
    /// Where the text ends, trailing blanks excluded.
    var end: Int
    /// What stopped the scan, and where.
    var stop: PlainStop
    var stopIndex: Int
  }

  /// Scans one line of a plain text from `start`: it ends at the line's end, at ` #`, at a colon
  /// followed by a blank, and in brackets (`flow`) at `,[]{}` or a colon right before one.
  func scanPlainLine(from start: Int, flow: Bool) -> PlainLine {
    var index = start
    var end = start
    while index < bytes.count {
      let value = bytes[index]
      switch value {
      case YAMLByte.newline:
        return PlainLine(end: end, stop: .lineEnd, stopIndex: index)
      case YAMLByte.space, YAMLByte.tab:
        index += 1
        continue
      case YAMLByte.hash where index > start && YAMLByte.isBlank(bytes[index - 1]):
        return PlainLine(end: end, stop: .comment, stopIndex: index)
      case YAMLByte.colon where isBlankOrEnd(at: index + 1):
        return PlainLine(end: end, stop: .colon, stopIndex: index)
      case YAMLByte.colon
      where flow
        && (YAMLByte.isFlowIndicator(byte(at: index + 1))
          || byte(at: index + 1) == YAMLByte.question):
        return PlainLine(end: end, stop: .misplacedColon, stopIndex: index)
      case YAMLByte.comma, YAMLByte.openBracket, YAMLByte.closeBracket, YAMLByte.openBrace,
        YAMLByte.closeBrace:
        if flow { return PlainLine(end: end, stop: .flowIndicator, stopIndex: index) }
      default:
        break
      }
      index += 1
      end = index
    }
    return PlainLine(end: end, stop: .lineEnd, stopIndex: index)
  }

  /// Reads a plain text in a block whose first line was scanned as `firstLine`; lines indented
  /// more than `parentIndent` continue it, joined by a space (an empty line becomes a line
  /// break). Stops at the start of the line after it.
  mutating func parsePlainScalar(parentIndent: Int, firstLine: PlainLine, at start: Mark)
    throws(YAMLSyntaxError) -> YAMLNode
  {
    let first = position..<firstLine.end
    var buffer: [UInt8] = []
    var scan = firstLine
    while scan.stop == .lineEnd, scan.stopIndex < bytes.count {
      // Look past empty lines for a line that continues the text.
      var lineBegin = scan.stopIndex + 1
      var emptyLines = 0
      var contentStart = lineBegin
      while true {
        contentStart = lineBegin
        while contentStart < bytes.count, YAMLByte.isBlank(bytes[contentStart]) {
          contentStart += 1
        }
        guard contentStart < bytes.count, bytes[contentStart] == YAMLByte.newline else { break }
        emptyLines += 1
        lineBegin = contentStart + 1
      }
      var indent = 0
      while lineBegin + indent < contentStart, bytes[lineBegin + indent] == YAMLByte.space {
        indent += 1
      }
      guard contentStart < bytes.count, indent > parentIndent, bytes[contentStart] != YAMLByte.hash,
        !isDocumentMarker(at: lineBegin)
      else { break }
      position = lineBegin
      line += emptyLines + 1
      lineStart = lineBegin

      let next = scanPlainLine(from: contentStart, flow: false)
      if next.stop == .colon {
        throw error(
          "this line is indented under the text above, so it continues that text, but it has "
            + "a colon followed by a space as if it were a new field; line it up with the other "
            + "fields, or put the text above in double quotes", atByte: contentStart)
      }
      appendPlainLine(contentStart..<next.end, after: emptyLines, to: &buffer, first: first)
      scan = next
    }
    position = scan.stopIndex
    try finishLine("")
    return plainScalar(first: first, buffer: buffer, at: start)
  }

  /// Adds a continuation line to a plain text that spans lines (`buffer`, empty while the text
  /// is only its `first` line): one line break becomes a space, each empty line a `\n`.
  func appendPlainLine(
    _ line: Range<Int>, after emptyLines: Int, to buffer: inout [UInt8], first: Range<Int>
  ) {
    if buffer.isEmpty { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first])) }
    if emptyLines == 0 {
      buffer.append(YAMLByte.space)
    } else {
      buffer.append(contentsOf: repeatElement(YAMLByte.newline, count: emptyLines))
    }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line]))
  }

  /// A plain text: its `first` line as it is, or the joined lines in `buffer`.
  func plainScalar(first: Range<Int>, buffer: [UInt8], at start: Mark) -> YAMLNode {
    buffer.isEmpty
      ? scalar(first, style: .plain, at: start) : scalar(buffer, style: .plain, at: start)
  }

  // MARK: - Quoted

  /// Reads a text in single or double quotes, which may span lines; `position` ends just after
  /// the closing quote.
  mutating func parseQuotedScalar() throws(YAMLSyntaxError) -> YAMLNode {
    let start = currentMark()
    let quote = current
    let style: YAMLScalarStyle = quote == YAMLByte.singleQuote ? .singleQuoted : .doubleQuoted
    position += 1
    let contentStart = position
    // Most quoted texts are one line without escapes: take their bytes as they are.
    while position < bytes.count {
      let value = bytes[position]
      if value == quote {
        if quote == YAMLByte.singleQuote, byte(at: position + 1) == YAMLByte.singleQuote { break }
        position += 1
        return scalar(contentStart..<(position - 1), style: style, at: start)
      }
      if value == YAMLByte.newline || value == YAMLByte.backslash && quote == YAMLByte.doubleQuote {
        break
      }
      position += 1
    }
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
    if current == YAMLByte.newline {
      while let last = buffer.last, YAMLByte.isBlank(last) { buffer.removeLast() }
    }
    while true {
      guard position < bytes.count else { throw unclosedQuote(quote, at: start) }
      let value = bytes[position]
      switch value {
      case quote where quote == YAMLByte.singleQuote:
        if byte(at: position + 1) == YAMLByte.singleQuote {
          buffer.append(YAMLByte.singleQuote)
          position += 2
          continue
        }
        position += 1
        return scalar(buffer, style: style, at: start)
      case quote:
        position += 1
        return scalar(buffer, style: style, at: start)
      case YAMLByte.backslash where quote == YAMLByte.doubleQuote:
        if byte(at: position + 1) == YAMLByte.newline {
          position += 1
          try foldLineBreaks(into: &buffer, escaped: true, quote: quote, start: start)
        } else {
          try appendEscape(to: &buffer)
        }
      case YAMLByte.space, YAMLByte.tab:
        let blanks = position
        skipBlanks()
        if current != YAMLByte.newline {
          buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[blanks..<position]))
        }
      case YAMLByte.newline:
        try foldLineBreaks(into: &buffer, escaped: false, quote: quote, start: start)
      default:
        buffer.append(value)
        position += 1
      }
    }
  }

  /// Steps over the line break at `position`, the empty lines after it and the next line's
  /// indentation: one break becomes a space (nothing when escaped), each empty line a `\n`.
  private mutating func foldLineBreaks(
    into buffer: inout [UInt8], escaped: Bool, quote: UInt8, start: Mark
  ) throws(YAMLSyntaxError) {
    consumeLineBreak()
    skipBlanks()
    var emptyLines = 0
    while current == YAMLByte.newline, position < bytes.count {
      emptyLines += 1
      consumeLineBreak()
      skipBlanks()
    }
    if isAtEnd { throw unclosedQuote(quote, at: start) }
    if position == lineStart, isDocumentMarker(at: position) {
      throw unclosedQuote(quote, at: start)
    }
    if emptyLines > 0 {
      buffer.append(contentsOf: repeatElement(YAMLByte.newline, count: emptyLines))
    } else if !escaped {
      buffer.append(YAMLByte.space)
    }
  }

  private func unclosedQuote(_ quote: UInt8, at start: Mark) -> YAMLSyntaxError {
    let character = quote == YAMLByte.singleQuote ? "'" : "\""
    return error(
      "the text in quotes that starts here is never closed; add the closing \(character)",
      at: start)
  }

  /// Appends the character a backslash escape stands for; `position` is at the backslash.
  private mutating func appendEscape(to buffer: inout [UInt8]) throws(YAMLSyntaxError) {
    let escape = byte(at: position + 1)
    let simple: UInt8?
    switch escape {
    case UInt8(ascii: "0"): simple = 0
    case UInt8(ascii: "a"): simple = 0x07
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "t"), YAMLByte.tab: simple = YAMLByte.tab
    case UInt8(ascii: "n"): simple = YAMLByte.newline
    case UInt8(ascii: "v"): simple = 0x0B
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "e"): simple = 0x1B
    case YAMLByte.space, YAMLByte.doubleQuote, UInt8(ascii: "/"), YAMLByte.backslash:
      simple = escape
    default: simple = nil
    }
    if let simple {
      buffer.append(simple)
      position += 2
      return
    }
    let named: Unicode.Scalar?
    var digits = 0
    switch escape {
    case UInt8(ascii: "N"): named = "\u{85}"
    case UInt8(ascii: "_"): named = "\u{A0}"
    case UInt8(ascii: "L"): named = "\u{2028}"
    case UInt8(ascii: "P"): named = "\u{2029}"
    case UInt8(ascii: "x"): named = nil; digits = 2
    case UInt8(ascii: "u"): named = nil; digits = 4
    case UInt8(ascii: "U"): named = nil; digits = 8
    default:
      throw error(
        "`\\` starts an escape that YAML does not know; write `\\\\` for a backslash, or use "
          + "single quotes")
    }
    var scalar = named
    if digits > 0 {
      var value: UInt32 = 0
      for offset in 0..<digits {
        guard let digit = hexValue(byte(at: position + 2 + offset)) else {
          throw error(
            "`\\\(Character(Unicode.Scalar(escape)))` must be followed by \(digits) hexadecimal "
              + "digits (0-9, A-F)")
        }
        value = value << 4 | UInt32(digit)
      }
      scalar = Unicode.Scalar(value)
      if scalar == nil {
        throw error("the escape names no character (U+\(String(value, radix: 16))); remove it")
      }
    }
    if let scalar { buffer.append(contentsOf: String(Character(scalar)).utf8) }
    position += 2 + digits
  }

  private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  // MARK: - Block texts

  /// Reads `|` (lines kept) or `>` (lines joined) with its indented lines, following libyaml's
  /// rules for indentation, folding and the `-`/`+` chomping indicators. Stops at the start of
  /// the line after it.
  mutating func parseBlockScalar(parentIndent: Int) throws(YAMLSyntaxError) -> YAMLNode {
    let start = currentMark()
    let isLiteral = current == YAMLByte.pipe
    position += 1
    var chomping = 0
    var increment = 0
    for _ in 0..<2 {
      let value = current
      if chomping == 0, value == YAMLByte.plus || value == YAMLByte.dash {
        chomping = value == YAMLByte.plus ? 1 : -1
        position += 1
      } else if increment == 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(value) {
        guard value != UInt8(ascii: "0") else {
          throw error("the indentation number after `|` or `>` must be 1 to 9")
        }
        increment = Int(value - UInt8(ascii: "0"))
        position += 1
      }
    }
    if !isBlankOrEnd(at: position), current != YAMLByte.hash {
      throw error(
        "after `|` or `>` only `-` or `+` may follow on the line; write the text on the next "
          + "lines, indented")
    }
    try finishLine(
      "after `|` or `>` put nothing else on the line; write the text on the next lines, indented")

    var indent = increment > 0 ? max(parentIndent, 0) + increment : 0
    var text: [UInt8] = []
    var hasLeadingBreak = false
    var leadingBlank = false
    var trailingBreaks = try scanBlockBreaks(indent: &indent, parentIndent: parentIndent, start)
    while position - lineStart == indent, position < bytes.count {
      let trailingBlank = YAMLByte.isBlank(current)
      if !isLiteral, hasLeadingBreak, !leadingBlank, !trailingBlank {
        if trailingBreaks == 0 { text.append(YAMLByte.space) }
      } else if hasLeadingBreak {
        text.append(YAMLByte.newline)
      }
      hasLeadingBreak = false
      text.append(contentsOf: repeatElement(YAMLByte.newline, count: trailingBreaks))
      trailingBreaks = 0
      leadingBlank = YAMLByte.isBlank(current)
      let lineContent = position
      while position < bytes.count, bytes[position] != YAMLByte.newline { position += 1 }
      text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineContent..<position]))
      guard position < bytes.count else { break }
      consumeLineBreak()
      hasLeadingBreak = true
      trailingBreaks = try scanBlockBreaks(indent: &indent, parentIndent: parentIndent, start)
    }
    if chomping != -1, hasLeadingBreak { text.append(YAMLByte.newline) }
    if chomping == 1 {
      text.append(contentsOf: repeatElement(YAMLByte.newline, count: trailingBreaks))
    }
    if position < bytes.count { position = lineStart }
    return scalar(text, style: isLiteral ? .literal : .folded, at: start)
  }

  /// Steps over the indentation of the coming lines and the empty ones among them, counting
  /// those; settles the indentation from the first line with text when it is not yet known.
  private mutating func scanBlockBreaks(indent: inout Int, parentIndent: Int, _ start: Mark)
    throws(YAMLSyntaxError) -> Int
  {
    var breaks = 0
    var maximumIndent = 0
    while true {
      while indent == 0 || position - lineStart < indent, current == YAMLByte.space,
        position < bytes.count
      {
        position += 1
      }
      maximumIndent = max(maximumIndent, position - lineStart)
      if indent == 0 || position - lineStart < indent, current == YAMLByte.tab {
        throw error(
          "a tab indents the text under `|` or `>` that starts at line \(start.line); indent "
            + "with spaces only")
      }
      guard position < bytes.count, current == YAMLByte.newline else { break }
      consumeLineBreak()
      breaks += 1
    }
    if indent == 0 { indent = max(maximumIndent, parentIndent + 1, 1) }
    return breaks
  }
}
