/// Moving over the bytes: lines, blanks, comments, positions and errors.
extension YAMLParser {
  struct Mark {
    var line: Int
    var column: Int
  }

  var isAtEnd: Bool { position >= bytes.count }

  /// The byte at `index`, or 0 past the end (the text has no NUL: `checkCharacters` refuses it).
  @inline(__always)
  func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

  @inline(__always)
  var current: UInt8 { byte(at: position) }

  @inline(__always)
  func isBreakOrEnd(at index: Int) -> Bool {
    index >= bytes.count || bytes[index] == YAMLByte.newline
  }

  @inline(__always)
  func isBlankOrEnd(at index: Int) -> Bool {
    isBreakOrEnd(at: index) || YAMLByte.isBlank(bytes[index])
  }

  /// The line and column of `position`. Columns are counted on from the last one asked for on
  /// the same line, so that a line with thousands of values is not counted over for each.
  mutating func currentMark() -> Mark {
    if columnCache.lineStart != lineStart || columnCache.index > position {
      columnCache = (lineStart, lineStart, 1)
    }
    var column = columnCache.column
    for offset in columnCache.index..<position where bytes[offset] & 0xC0 != 0x80 { column += 1 }
    columnCache = (lineStart, position, column)
    return Mark(line: line, column: column)
  }

  /// The 1-based column, in Unicode scalars, of a byte on the current line.
  func column(of index: Int) -> Int {
    var column = 1
    for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
    return column
  }

  func error(_ message: String, at mark: Mark) -> YAMLSyntaxError {
    YAMLSyntaxError(line: mark.line, column: mark.column, message: message)
  }

  func error(_ message: String, atByte index: Int? = nil) -> YAMLSyntaxError {
    YAMLSyntaxError(line: line, column: column(of: index ?? position), message: message)
  }

  /// A scalar made of the bytes in `range`.
  func scalar(_ range: Range<Int>, style: YAMLScalarStyle, at start: Mark) -> YAMLNode {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    return YAMLNode(content: .scalar(text, style), line: start.line, column: start.column)
  }

  func scalar(_ buffer: [UInt8], style: YAMLScalarStyle, at start: Mark) -> YAMLNode {
    YAMLNode(
      content: .scalar(String(decoding: buffer, as: UTF8.self), style), line: start.line,
      column: start.column)
  }

  // MARK: - Lines

  /// Steps over the line break at `position`.
  @inline(__always)
  mutating func consumeLineBreak() {
    position += 1
    line += 1
    lineStart = position
  }

  mutating func skipBlanks() {
    while position < bytes.count, YAMLByte.isBlank(bytes[position]) { position += 1 }
  }

  /// Ends the current line after a value: blanks and a comment may follow (libyaml takes a `#`
  /// between values as a comment even without a blank before it), then the line break.
  /// Anything else is an error saying `problem`.
  mutating func finishLine(_ problem: String) throws(YAMLSyntaxError) {
    skipBlanks()
    if current == YAMLByte.hash {
      while !isBreakOrEnd(at: position) { position += 1 }
    }
    if isAtEnd { return }
    guard current == YAMLByte.newline else { throw error(problem) }
    consumeLineBreak()
  }

  /// From the start of a line, steps over lines that are blank or only a comment; stops at the
  /// start of the next line with content, or at the end.
  mutating func skipEmptyLines() throws(YAMLSyntaxError) {
    while position < bytes.count {
      var index = position
      while index < bytes.count, YAMLByte.isBlank(bytes[index]) { index += 1 }
      if index < bytes.count, bytes[index] == YAMLByte.hash {
        while index < bytes.count, bytes[index] != YAMLByte.newline { index += 1 }
      }
      if index >= bytes.count {
        position = index
        return
      }
      guard bytes[index] == YAMLByte.newline else { return }
      position = index
      consumeLineBreak()
    }
  }

  /// The number of spaces that indent the line starting at `position`.
  func indentOfLine() throws(YAMLSyntaxError) -> Int {
    var index = position
    while index < bytes.count, bytes[index] == YAMLByte.space { index += 1 }
    if index < bytes.count, bytes[index] == YAMLByte.tab {
      throw error(
        "this line is indented with a tab; indent with spaces only (most editors can be set to "
          + "put spaces when you press Tab)", atByte: index)
    }
    return index - position
  }

  /// Whether the line starting at `position` is the marker `---` (`marker` a dash) or `...`.
  func isDocumentMarker(_ marker: UInt8) -> Bool {
    position == lineStart && byte(at: position) == marker && byte(at: position + 1) == marker
      && byte(at: position + 2) == marker && isBlankOrEnd(at: position + 3)
  }

  /// Whether the line starting at `index` is `---` or `...`.
  func isDocumentMarker(at index: Int) -> Bool {
    let marker = byte(at: index)
    return (marker == YAMLByte.dash || marker == YAMLByte.dot) && byte(at: index + 1) == marker
      && byte(at: index + 2) == marker && isBlankOrEnd(at: index + 3)
  }

  // MARK: - Characters

  /// YAML files may not hold control characters other than tab and line break.
  mutating func checkCharacters() throws(YAMLSyntaxError) {
    var index = position
    while index < bytes.count {
      let value = bytes[index]
      let isControl =
        (value < 0x20 && value != YAMLByte.tab && value != YAMLByte.newline) || value == 0x7F
        || (value == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])
          && bytes[index + 1] != 0x85)
      if isControl {
        while position < index {
          if bytes[position] == YAMLByte.newline { consumeLineBreak() } else { position += 1 }
        }
        let scalar = value == 0xC2 ? UInt32(bytes[index + 1]) : UInt32(value)
        let code = String(scalar, radix: 16, uppercase: true)
        throw error(
          "the file has an invisible control character (U+\(String(repeating: "0", count: 4 - code.count))\(code)) "
            + "here; delete it, or retype the line")
      }
      index += 1
    }
  }

  /// Refuses what cannot start a plain (unquoted) value, saying what to write instead.
  func checkPlainStart(flow: Bool) throws(YAMLSyntaxError) {
    let next = byte(at: position + 1)
    let nextEndsIndicator =
      isBlankOrEnd(at: position + 1) || (flow && YAMLByte.isFlowIndicator(next))
    switch current {
    case YAMLByte.ampersand:
      throw error(
        "a YAML anchor (`&name`) is not allowed in a bundle; write the value out in full, or "
          + "put the text in quotes if the `&` is part of it")
    case YAMLByte.asterisk:
      throw error(
        "a YAML alias (`*name`) is not allowed in a bundle; write the value out in full, or "
          + "put the text in quotes if the `*` is part of it")
    case YAMLByte.exclamation:
      throw error(
        "YAML tags (`!…`) are not used in bundles; remove the tag, or put the text in quotes if "
          + "it starts with `!`")
    // In brackets, libyaml reads a leading `?` or `:` as an indicator even before a letter.
    case YAMLByte.question where nextEndsIndicator || flow:
      throw error(
        "`?` at the start marks a complex key, which bundles do not use; write fields as "
          + "`name: value`, or put the text in quotes")
    case YAMLByte.colon where nextEndsIndicator || flow:
      throw error("there is a colon with no field name before it; write the name, like `title:`")
    case YAMLByte.dash where nextEndsIndicator:
      throw error("a list item (`- `) cannot be here; put each item on its own line")
    case YAMLByte.comma, YAMLByte.openBracket, YAMLByte.closeBracket, YAMLByte.openBrace,
      YAMLByte.closeBrace:
      let character = Character(Unicode.Scalar(current))
      throw error(
        flow
          ? "`\(character)` is not expected here; check the brackets and commas"
          : "a value cannot start with `\(character)`; put the text in quotes")
    case YAMLByte.pipe where flow, YAMLByte.greaterThan where flow:
      throw error(
        "`|` and `>` (text on the following lines) cannot be used inside brackets; put the text "
          + "in quotes")
    case YAMLByte.pipe, YAMLByte.greaterThan, YAMLByte.percent, YAMLByte.at, YAMLByte.backtick:
      let character = Character(Unicode.Scalar(current))
      throw error("a value cannot start with `\(character)`; put the text in quotes")
    default:
      return
    }
  }
}

/// The bytes YAML gives a meaning to.
enum YAMLByte {
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let space = UInt8(ascii: " ")
  static let exclamation = UInt8(ascii: "!")
  static let doubleQuote = UInt8(ascii: "\"")
  static let hash = UInt8(ascii: "#")
  static let percent = UInt8(ascii: "%")
  static let ampersand = UInt8(ascii: "&")
  static let singleQuote = UInt8(ascii: "'")
  static let asterisk = UInt8(ascii: "*")
  static let comma = UInt8(ascii: ",")
  static let dash = UInt8(ascii: "-")
  static let dot = UInt8(ascii: ".")
  static let colon = UInt8(ascii: ":")
  static let greaterThan = UInt8(ascii: ">")
  static let question = UInt8(ascii: "?")
  static let at = UInt8(ascii: "@")
  static let openBracket = UInt8(ascii: "[")
  static let backslash = UInt8(ascii: "\\")
  static let closeBracket = UInt8(ascii: "]")
  static let backtick = UInt8(ascii: "`")
  static let openBrace = UInt8(ascii: "{")
  static let pipe = UInt8(ascii: "|")
  static let closeBrace = UInt8(ascii: "}")
  static let plus = UInt8(ascii: "+")

  @inline(__always)
  static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

  @inline(__always)
  static func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace
      || byte == closeBrace
  }
}
