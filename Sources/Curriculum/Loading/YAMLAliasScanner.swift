/// Finds YAML anchors (`&name`) and aliases (`*name`) in text before it reaches the YAML parser.
///
/// Aliases let a few lines expand into billions of nodes ("billion laughs"), and bundles never
/// need them, so the loader refuses any file that has one. Yams gives no access to parser
/// events, so this is a small lexer over the bytes that follows just enough of YAML to know when
/// a `&` or `*` starts a node: it skips comments, quoted scalars (also across lines), block
/// scalars (`|`, `>`, with libyaml's indentation rules) and plain scalars (including their
/// continuation lines), and tracks flow collections. Where it cannot be sure, it reports the
/// character: a false alarm only makes the author quote a value, a miss could exhaust memory.
/// The loader also counts composed nodes against the file size, so a miss stays bounded.
struct YAMLAliasScanner {
  struct Finding: Equatable {
    enum Kind: Equatable { case anchor, alias }
    var kind: Kind
    /// 1-based line and column (in Unicode scalars) of the `&` or `*`.
    var line: Int
    var column: Int
  }

  static func firstFinding(in text: String) -> Finding? {
    var scanner = YAMLAliasScanner(bytes: Array(text.utf8))
    return scanner.scan()
  }

  // MARK: - State carried from line to line

  private let bytes: [UInt8]
  private var flowDepth = 0
  /// The quote character of a quoted scalar still open at the end of the previous line.
  private var openQuote: UInt8?
  /// A block scalar in progress: lines indented more than `parent` (or at least `content`,
  /// once known) belong to it.
  private var blockScalar: (parent: Int, content: Int?)?
  /// A plain scalar in block context still open: lines indented more than this continue it.
  private var plainContinuationBound: Int?
  /// A plain scalar in a flow collection still open at the end of the previous line.
  private var flowPlainOpen = false

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private mutating func scan() -> Finding? {
    var lineStart = 0
    var lineNumber = 1
    while lineStart <= bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: Byte.newline) ?? bytes.count
      if let position = scanLine(from: lineStart, to: lineEnd) {
        let kind: Finding.Kind = bytes[position] == Byte.ampersand ? .anchor : .alias
        return Finding(kind: kind, line: lineNumber, column: column(of: position, lineStart))
      }
      lineStart = lineEnd + 1
      lineNumber += 1
    }
    return nil
  }

  private func column(of position: Int, _ lineStart: Int) -> Int {
    1 + bytes[lineStart..<position].filter { $0 & 0xC0 != 0x80 }.count
  }

  // MARK: - One line

  private enum Mode {
    case structure
    case plain(startColumn: Int)
    case quoted(UInt8, startColumn: Int)
  }

  /// Returns the byte offset of an anchor or alias on this line, if any.
  private mutating func scanLine(from lineStart: Int, to end: Int) -> Int? {
    var i = lineStart
    while i < end, bytes[i] == Byte.space { i += 1 }
    let indent = i - lineStart
    var firstContent = i
    while firstContent < end, Byte.isBlank(bytes[firstContent]) { firstContent += 1 }
    if firstContent == end { return nil }

    if let block = blockScalar {
      if let content = block.content {
        if indent >= content { return nil }
      } else if indent > block.parent {
        blockScalar = (block.parent, indent)
        return nil
      }
      blockScalar = nil
    }

    if indent == 0, openQuote == nil, startsDocumentMarker(at: i, end) {
      flowDepth = 0
      plainContinuationBound = nil
      flowPlainOpen = false
      if bytes[i] == Byte.dot { return nil }
      i += 3
    } else if indent == 0, openQuote == nil, flowDepth == 0, bytes[i] == Byte.percent {
      return nil
    }

    var mode = Mode.structure
    var atNodeStart = true
    var parentColumn = indent - 1
    var lastScalarColumn = indent

    if let quote = openQuote {
      mode = .quoted(quote, startColumn: indent)
      openQuote = nil
    } else if flowDepth == 0, let bound = plainContinuationBound {
      plainContinuationBound = nil
      if bytes[firstContent] == Byte.hash { return nil }
      if indent > bound {
        mode = .plain(startColumn: indent)
        parentColumn = bound
      }
    } else if flowDepth > 0, flowPlainOpen {
      mode = .plain(startColumn: indent)
    }
    flowPlainOpen = false

    while i < end {
      let byte = bytes[i]
      let next: UInt8? = i + 1 < end ? bytes[i + 1] : nil
      let nextIsBlank = next.map(Byte.isBlank) ?? true
      let previousIsBlank = i == lineStart || Byte.isBlank(bytes[i - 1])
      switch mode {
      case .quoted(let quote, let startColumn):
        if quote == Byte.doubleQuote, byte == Byte.backslash {
          i += 2
          continue
        }
        if byte == quote {
          if quote == Byte.singleQuote, next == Byte.singleQuote {
            i += 2
            continue
          }
          mode = .structure
          atNodeStart = false
          lastScalarColumn = startColumn
        }
        i += 1

      case .plain(let startColumn):
        if byte == Byte.colon, nextIsBlank || (flowDepth > 0 && Byte.isFlowIndicator(next!)) {
          if flowDepth == 0 { parentColumn = startColumn }
          mode = .structure
          atNodeStart = true
          i += 1
        } else if byte == Byte.hash, previousIsBlank {
          return nil
        } else if flowDepth > 0, Byte.isFlowIndicator(byte) {
          mode = .structure
        } else {
          i += 1
        }

      case .structure:
        let column = i - lineStart
        if Byte.isBlank(byte) {
          i += 1
        } else if byte == Byte.hash {
          // Between tokens libyaml takes `#` as a comment even without a space before it.
          return nil
        } else if byte == Byte.ampersand || byte == Byte.asterisk {
          return i
        } else if atNodeStart, nextIsBlank, byte == Byte.hyphen || byte == Byte.question {
          // libyaml scans `- ` and `? ` as indicators in flow collections too.
          if flowDepth == 0 { parentColumn = column }
          i += 1
        } else if byte == Byte.colon,
          nextIsBlank || flowDepth > 0 || !atNodeStart
        {
          if flowDepth == 0, !atNodeStart { parentColumn = lastScalarColumn }
          atNodeStart = true
          i += 1
        } else if byte == Byte.exclamation {
          while i < end, !Byte.isBlank(bytes[i]),
            !(flowDepth > 0 && Byte.isFlowIndicator(bytes[i]))
          {
            i += 1
          }
        } else if byte == Byte.doubleQuote || byte == Byte.singleQuote {
          mode = .quoted(byte, startColumn: column)
          i += 1
        } else if flowDepth == 0, byte == Byte.pipe || byte == Byte.greaterThan {
          blockScalar = (parentColumn, explicitContentIndent(after: i, end, parent: parentColumn))
          return nil
        } else if byte == Byte.openBracket || byte == Byte.openBrace {
          flowDepth += 1
          atNodeStart = true
          i += 1
        } else if byte == Byte.closeBracket || byte == Byte.closeBrace {
          flowDepth = max(0, flowDepth - 1)
          atNodeStart = false
          i += 1
        } else if byte == Byte.comma {
          atNodeStart = true
          i += 1
        } else {
          mode = .plain(startColumn: column)
          atNodeStart = false
          i += 1
        }
      }
    }

    switch mode {
    case .quoted(let quote, _): openQuote = quote
    case .plain:
      if flowDepth == 0 { plainContinuationBound = parentColumn } else { flowPlainOpen = true }
    case .structure: break
    }
    return nil
  }

  private func startsDocumentMarker(at i: Int, _ end: Int) -> Bool {
    guard i + 2 < end || i + 3 == end else { return false }
    let marker = bytes[i]
    guard marker == Byte.hyphen || marker == Byte.dot else { return false }
    guard bytes[i + 1] == marker, bytes[i + 2] == marker else { return false }
    return i + 3 == end || Byte.isBlank(bytes[i + 3])
  }

  /// libyaml: with an indentation indicator `d`, content lines are indented `parent + d` (or
  /// `d` at the top level).
  private func explicitContentIndent(after i: Int, _ end: Int, parent: Int) -> Int? {
    var j = i + 1
    while j < end, j < i + 3 {
      let byte = bytes[j]
      if byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9") {
        let increment = Int(byte - UInt8(ascii: "0"))
        return parent >= 0 ? parent + increment : increment
      }
      guard byte == Byte.plus || byte == Byte.hyphen else { return nil }
      j += 1
    }
    return nil
  }
}

private enum Byte {
  static let newline = UInt8(ascii: "\n")
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let carriageReturn = UInt8(ascii: "\r")
  static let hash = UInt8(ascii: "#")
  static let ampersand = UInt8(ascii: "&")
  static let asterisk = UInt8(ascii: "*")
  static let hyphen = UInt8(ascii: "-")
  static let question = UInt8(ascii: "?")
  static let colon = UInt8(ascii: ":")
  static let exclamation = UInt8(ascii: "!")
  static let doubleQuote = UInt8(ascii: "\"")
  static let singleQuote = UInt8(ascii: "'")
  static let backslash = UInt8(ascii: "\\")
  static let pipe = UInt8(ascii: "|")
  static let greaterThan = UInt8(ascii: ">")
  static let openBracket = UInt8(ascii: "[")
  static let closeBracket = UInt8(ascii: "]")
  static let openBrace = UInt8(ascii: "{")
  static let closeBrace = UInt8(ascii: "}")
  static let comma = UInt8(ascii: ",")
  static let dot = UInt8(ascii: ".")
  static let percent = UInt8(ascii: "%")
  static let plus = UInt8(ascii: "+")

  static func isBlank(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == carriageReturn
  }

  static func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace
      || byte == closeBrace
  }
}
