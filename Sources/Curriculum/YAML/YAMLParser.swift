import Foundation

/// Reads the YAML that bundles are written in into `YAMLNode` trees.
///
/// It follows YAML 1.2 (and libyaml where the two differ) for what bundle files use: block
/// mappings and lists, flow lists and mappings (`[a, b]`, `{a: b}`), plain, quoted and block
/// (`|`, `>`) texts, comments and one document. What bundles never need is refused with a
/// message that says what to write instead: anchors and aliases (which let a few lines expand
/// into billions of values), tags, directives, `?` keys, more than one document, nesting deeper
/// than `maximumDepth`. Every scalar stays text; readers decide what a number or boolean is.
///
/// The parser works on the UTF-8 bytes in one pass and keeps nothing but the tree, which is
/// several times faster than building a general YAML library's node tree.
struct YAMLParser {
  static let maximumDepth = 32

  /// The document's root, or nil when the text holds no value (empty, or only comments).
  static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
    var text = text
    if text.withUTF8({ $0.contains(UInt8(ascii: "\r")) }) {
      text = text.replacingOccurrences(of: "\r\n", with: "\n")
        .replacingOccurrences(of: "\r", with: "\n")
    }
    let result = text.withUTF8 { bytes -> Result<YAMLNode?, YAMLSyntaxError> in
      var parser = YAMLParser(bytes: bytes)
      do throws(YAMLSyntaxError) {
        return .success(try parser.parseDocument())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  let bytes: UnsafeBufferPointer<UInt8>
  /// The byte being read.
  var position = 0
  /// The line of `position` (1-based) and the offset where that line starts.
  var line = 1
  var lineStart = 0
  /// How many collections enclose the one being read.
  var depth = 0
  /// The column of a byte on a line, as last counted by `currentMark()`.
  var columnCache = (lineStart: 0, index: 0, column: 1)

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  // MARK: - Document

  private mutating func parseDocument() throws(YAMLSyntaxError) -> YAMLNode? {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      position = 3
      lineStart = 3
    }
    try checkCharacters()
    try skipEmptyLines()
    if isAtEnd { return nil }
    if current == YAMLByte.percent {
      throw error(
        "YAML directives (lines starting with `%`) are not used in bundles; remove the line")
    }
    if isDocumentMarker(YAMLByte.dash) {
      position += 3
      skipBlanks()
      try finishLine(
        "put nothing after `---` on its line; start the content on the next line")
      try skipEmptyLines()
    }
    if isAtEnd || isDocumentMarker(YAMLByte.dot) {
      try finishDocument()
      return nil
    }
    let indent = try indentOfLine()
    position += indent
    let root = try parseBlockNode(indent: indent, parentIndent: -1, isFieldValue: false)
    try finishDocument()
    return root
  }

  /// After the root value: only comments, blank lines and an optional `...` may follow.
  private mutating func finishDocument() throws(YAMLSyntaxError) {
    try skipEmptyLines()
    if isAtEnd { return }
    if isDocumentMarker(YAMLByte.dot) {
      position += 3
      skipBlanks()
      try finishLine("put nothing after `...` on its line")
      try skipEmptyLines()
      if isAtEnd { return }
      throw error(
        "there is more after the end marker `...`; a bundle file holds one document, so remove "
          + "the marker or what follows it")
    }
    if isDocumentMarker(YAMLByte.dash) {
      throw error(
        "a second `---` starts another YAML document, but a bundle file holds one; remove the "
          + "line, or move what follows it to its own file")
    }
    position += try indentOfLine()
    throw misaligned()
  }

  // MARK: - Block collections

  /// Reads the value starting at `position`, which is `indent` bytes from its line's start.
  /// `parentIndent` is the indentation of the collection that holds it (-1 for the root).
  /// A field's value on the same line as its name (`isFieldValue`) cannot be a collection.
  private mutating func parseBlockNode(indent: Int, parentIndent: Int, isFieldValue: Bool)
    throws(YAMLSyntaxError) -> YAMLNode
  {
    let start = currentMark()
    switch current {
    case YAMLByte.dash where isBlankOrEnd(at: position + 1):
      if isFieldValue {
        throw error(
          "a list cannot start on the same line as its field name; start it on the next line, "
            + "with each item indented and starting with `- `")
      }
      return try parseBlockSequence(indent: indent)
    case YAMLByte.openBracket, YAMLByte.openBrace:
      let node = try parseFlowCollection()
      skipBlanks()
      if current == YAMLByte.colon {
        throw error("a field name cannot be a list or mapping; write a plain name before `:`")
      }
      try finishLine("put nothing after the closing bracket on its line, other than a comment")
      return node
    case YAMLByte.pipe, YAMLByte.greaterThan:
      return try parseBlockScalar(parentIndent: parentIndent)
    case YAMLByte.doubleQuote, YAMLByte.singleQuote:
      let firstLine = line
      let node = try parseQuotedScalar()
      skipBlanks()
      if current == YAMLByte.colon, isBlankOrEnd(at: position + 1) {
        if isFieldValue { throw colonInValue() }
        if line != firstLine {
          throw error("a field name must fit on one line; shorten it", at: start)
        }
        return try parseBlockMapping(indent: indent, firstKey: node)
      }
      try finishLine(
        "there is text after the closing quote; put all of the text inside the quotes")
      return node
    default:
      try checkPlainStart(flow: false)
      let scan = scanPlainLine(from: position, flow: false)
      if scan.stop == .colon {
        if isFieldValue { throw colonInValue(at: scan.stopIndex) }
        let key = scalar(position..<scan.end, style: .plain, at: start)
        position = scan.stopIndex
        return try parseBlockMapping(indent: indent, firstKey: key)
      }
      return try parsePlainScalar(parentIndent: parentIndent, firstLine: scan, at: start)
    }
  }

  /// Reads `key: value` lines at `indent`; `position` is at the `:` after `firstKey`.
  private mutating func parseBlockMapping(indent: Int, firstKey: YAMLNode)
    throws(YAMLSyntaxError) -> YAMLNode
  {
    try enterCollection(at: Mark(line: firstKey.line, column: firstKey.column))
    var pairs: [YAMLPair] = []
    var names: Set<String>?
    var key = firstKey
    while true {
      position += 1
      let value = try parseValue(ownerIndent: indent, isFieldValue: true)
      try checkDuplicate(key, in: pairs, names: &names)
      pairs.append(YAMLPair(key: key, value: value))

      try skipEmptyLines()
      if isAtEnd || isDocumentMarker(YAMLByte.dash) || isDocumentMarker(YAMLByte.dot) { break }
      let lineIndent = try indentOfLine()
      if lineIndent < indent { break }
      position += lineIndent
      if lineIndent > indent {
        throw misaligned()
      }
      key = try parseKey()
    }
    depth -= 1
    return YAMLNode(content: .mapping(pairs), line: firstKey.line, column: firstKey.column)
  }

  /// Reads a field name at `position` and stops at its `:`.
  private mutating func parseKey() throws(YAMLSyntaxError) -> YAMLNode {
    let start = currentMark()
    switch current {
    case YAMLByte.doubleQuote, YAMLByte.singleQuote:
      let node = try parseQuotedScalar()
      if line != start.line {
        throw error("a field name must fit on one line; shorten it", at: start)
      }
      skipBlanks()
      guard current == YAMLByte.colon, isBlankOrEnd(at: position + 1) else {
        throw error("a field name needs a colon and a space after it, like `title: …`")
      }
      return node
    case YAMLByte.dash where isBlankOrEnd(at: position + 1):
      throw error(
        "this list item (`- `) is not under a field; indent it under the field it belongs to, "
          + "or line it up with the items above it")
    case YAMLByte.openBracket, YAMLByte.openBrace:
      throw error("a field name cannot be a list or mapping; write a plain name before `:`")
    default:
      try checkPlainStart(flow: false)
      let scan = scanPlainLine(from: position, flow: false)
      guard scan.stop == .colon else {
        throw error(
          "this line should be a field like `name: value`, but it has no colon after a name; "
            + "add the colon, or indent the line if it continues the text above")
      }
      let key = scalar(position..<scan.end, style: .plain, at: start)
      position = scan.stopIndex
      return key
    }
  }

  /// Reads `- item` lines at `indent`; `position` is at the first `-`.
  private mutating func parseBlockSequence(indent: Int) throws(YAMLSyntaxError) -> YAMLNode {
    let start = currentMark()
    try enterCollection(at: start)
    var items: [YAMLNode] = []
    while true {
      position += 1
      items.append(try parseValue(ownerIndent: indent, isFieldValue: false))

      try skipEmptyLines()
      if isAtEnd || isDocumentMarker(YAMLByte.dash) || isDocumentMarker(YAMLByte.dot) { break }
      let lineIndent = try indentOfLine()
      if lineIndent < indent { break }
      if lineIndent > indent {
        position += lineIndent
        throw misaligned()
      }
      let next = position + lineIndent
      guard byte(at: next) == YAMLByte.dash, isBlankOrEnd(at: next + 1) else { break }
      position = next
    }
    depth -= 1
    return YAMLNode(content: .sequence(items), line: start.line, column: start.column)
  }

  /// Reads what follows a field's `:` or a list item's `-`: on the same line, or on the lines
  /// below when they are indented more than `ownerIndent` (or, for a field, when they are a list
  /// at the field's own indentation); otherwise the value is empty.
  private mutating func parseValue(ownerIndent: Int, isFieldValue: Bool)
    throws(YAMLSyntaxError) -> YAMLNode
  {
    let afterIndicator = currentMark()
    skipBlanks()
    if !isBreakOrEnd(at: position), current != YAMLByte.hash {
      let indent = position - lineStart
      return try parseBlockNode(
        indent: indent, parentIndent: ownerIndent, isFieldValue: isFieldValue)
    }
    try finishLine("")
    try skipEmptyLines()
    if !isAtEnd, !isDocumentMarker(YAMLByte.dash), !isDocumentMarker(YAMLByte.dot) {
      let lineIndent = try indentOfLine()
      let first = position + lineIndent
      if lineIndent > ownerIndent {
        position = first
        return try parseBlockNode(
          indent: lineIndent, parentIndent: ownerIndent, isFieldValue: false)
      }
      if isFieldValue, lineIndent == ownerIndent, byte(at: first) == YAMLByte.dash,
        isBlankOrEnd(at: first + 1)
      {
        position = first
        return try parseBlockSequence(indent: lineIndent)
      }
    }
    return YAMLNode(
      content: .scalar("", .plain), line: afterIndicator.line, column: afterIndicator.column)
  }

  /// Refuses a key that `pairs` already has. A mapping has a dozen keys at most in a bundle,
  /// where a look through them beats hashing; a long one gets a set, so that a file of many
  /// thousands of keys is checked in linear time.
  func checkDuplicate(_ key: YAMLNode, in pairs: [YAMLPair], names: inout Set<String>?)
    throws(YAMLSyntaxError)
  {
    guard let name = key.text else { return }
    let isDuplicate: Bool
    if pairs.count < 16 {
      isDuplicate = pairs.contains { $0.key.text == name }
    } else {
      if names == nil { names = Set(pairs.compactMap(\.key.text)) }
      isDuplicate = !names!.insert(name).inserted
    }
    guard isDuplicate else { return }
    throw YAMLSyntaxError(
      line: key.line, column: key.column,
      message: "`\(Quoting.excerpt(name, limit: 30))` appears more than once in the same "
        + "mapping; keep only one")
  }

  mutating func enterCollection(at start: Mark) throws(YAMLSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error(
        "values are nested more than \(Self.maximumDepth) levels deep; a bundle never needs "
          + "that many, so flatten the lists or mappings", at: start)
    }
  }

  private func misaligned() -> YAMLSyntaxError {
    error(
      "this line does not line up with the lines above it: fields that belong together start "
        + "in the same column, and so do the `- ` of items in one list")
  }

  private func colonInValue(at index: Int? = nil) -> YAMLSyntaxError {
    error(
      "this value has a colon followed by a space, which YAML reads as the start of a new "
        + "field; put the whole value in double quotes", atByte: index ?? position)
  }
}
