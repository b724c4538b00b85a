/// Recognises raw HTML the way CommonMark does (so the parser knows where it ends), for both
/// HTML blocks and inline HTML. Nothing recognised here is ever passed through to output.
enum HTMLScanner {
  typealias Buffer = UnsafeBufferPointer<UInt8>

  static let blockTagNames: Set<String> = [
    "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
    "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
    "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
  ]

  private static let rawTextTags = ["script", "pre", "style", "textarea"]

  // MARK: - Blocks

  /// The HTML block kind (1–7) that starts at `start` (a `<`), or nil.
  static func blockStart(_ s: Buffer, _ start: Int, _ end: Int, canInterruptParagraph: Bool) -> Int?
  {
    var index = start + 1
    guard index < end else { return nil }
    let first = s[index]
    if first == UInt8(ascii: "!") {
      if hasPrefix(s, index + 1, end, "--") { return 2 }
      if hasPrefix(s, index + 1, end, "[CDATA[") { return 5 }
      if index + 1 < end && ByteClass.isAlpha(s[index + 1]) { return 4 }
      return nil
    }
    if first == UInt8(ascii: "?") { return 3 }
    let isClosing = first == UInt8(ascii: "/")
    if isClosing { index += 1 }
    let nameStart = index
    while index < end && ByteClass.isAlnum(s[index]) { index += 1 }
    guard index > nameStart, ByteClass.isAlpha(s[nameStart]) else {
      return type7(s, start, end, canInterruptParagraph)
    }
    let name = String(decoding: Buffer(rebasing: s[nameStart..<index]), as: UTF8.self).lowercased()
    let next: UInt8 = index < end ? s[index] : 0
    if !isClosing && rawTextTags.contains(name)
      && (next == 0 || next == UInt8(ascii: ">") || ByteClass.isSpaceOrTab(next))
    {
      return 1
    }
    if blockTagNames.contains(name)
      && (next == 0 || next == UInt8(ascii: ">") || ByteClass.isSpaceOrTab(next)
        || (next == UInt8(ascii: "/") && index + 1 < end && s[index + 1] == UInt8(ascii: ">")))
    {
      return 6
    }
    return type7(s, start, end, canInterruptParagraph)
  }

  private static func type7(_ s: Buffer, _ start: Int, _ end: Int, _ canInterrupt: Bool) -> Int? {
    guard canInterrupt else { return nil }
    guard let tagEnd = openOrClosingTag(s, start, end) else { return nil }
    var index = tagEnd
    while index < end && ByteClass.isSpaceOrTab(s[index]) { index += 1 }
    guard index == end else { return nil }
    let nameStart = start + (s[start + 1] == UInt8(ascii: "/") ? 2 : 1)
    var nameEnd = nameStart
    while nameEnd < end && (ByteClass.isAlnum(s[nameEnd]) || s[nameEnd] == UInt8(ascii: "-")) {
      nameEnd += 1
    }
    let name = String(decoding: Buffer(rebasing: s[nameStart..<nameEnd]), as: UTF8.self)
    return rawTextTags.contains(name.lowercased()) ? nil : 7
  }

  /// Whether the line `s[start..<end]` satisfies the end condition of block kind 1–5.
  static func blockEnds(kind: Int, _ s: Buffer, _ start: Int, _ end: Int) -> Bool {
    switch kind {
    case 1:
      return rawTextTags.contains { containsCaseInsensitive(s, start, end, "</\($0)>") }
    case 2: return contains(s, start, end, "-->")
    case 3: return contains(s, start, end, "?>")
    case 4: return contains(s, start, end, ">")
    case 5: return contains(s, start, end, "]]>")
    default: return false
    }
  }

  // MARK: - Inline

  /// The end of the inline HTML construct at `start` (a `<`), or nil. `noEnd` remembers
  /// which closing sequences are absent from the rest of the subject, so repeated openers
  /// cannot make scanning quadratic.
  static func inline(_ s: Buffer, _ start: Int, _ end: Int, _ noEnd: inout Set<String>) -> Int? {
    guard start + 1 < end else { return nil }
    let next = s[start + 1]
    if next == UInt8(ascii: "!") {
      if hasPrefix(s, start + 2, end, "--") {
        if hasPrefix(s, start + 4, end, ">") { return start + 5 }
        if hasPrefix(s, start + 4, end, "->") { return start + 6 }
        return find("-->", s, start + 4, end, &noEnd)
      }
      if hasPrefix(s, start + 2, end, "[CDATA[") { return find("]]>", s, start + 9, end, &noEnd) }
      if start + 2 < end && ByteClass.isAlpha(s[start + 2]) {
        return find(">", s, start + 2, end, &noEnd)
      }
      return nil
    }
    if next == UInt8(ascii: "?") { return find("?>", s, start + 2, end, &noEnd) }
    return openOrClosingTag(s, start, end)
  }

  private static func find(
    _ needle: String, _ s: Buffer, _ from: Int, _ end: Int, _ noEnd: inout Set<String>
  ) -> Int? {
    if noEnd.contains(needle) { return nil }
    let pattern = Array(needle.utf8)
    var index = from
    while index + pattern.count <= end {
      if s[index] == pattern[0] && matches(s, index, pattern) { return index + pattern.count }
      index += 1
    }
    noEnd.insert(needle)
    return nil
  }

  /// An open tag (`<a href="x">`) or closing tag (`</a >`) starting at `start`.
  static func openOrClosingTag(_ s: Buffer, _ start: Int, _ end: Int) -> Int? {
    var i = start + 1
    guard i < end else { return nil }
    if s[i] == UInt8(ascii: "/") {
      i += 1
      guard let nameEnd = tagName(s, i, end) else { return nil }
      i = skipWhitespace(s, nameEnd, end)
      return i < end && s[i] == UInt8(ascii: ">") ? i + 1 : nil
    }
    guard let nameEnd = tagName(s, i, end) else { return nil }
    i = nameEnd
    while true {
      let afterSpace = skipWhitespace(s, i, end)
      guard afterSpace < end else { return nil }
      if s[afterSpace] == UInt8(ascii: ">") { return afterSpace + 1 }
      if s[afterSpace] == UInt8(ascii: "/") {
        return afterSpace + 1 < end && s[afterSpace + 1] == UInt8(ascii: ">") ? afterSpace + 2 : nil
      }
      guard afterSpace > i, let attributeEnd = attribute(s, afterSpace, end) else { return nil }
      i = attributeEnd
    }
  }

  private static func tagName(_ s: Buffer, _ start: Int, _ end: Int) -> Int? {
    guard start < end, ByteClass.isAlpha(s[start]) else { return nil }
    var i = start + 1
    while i < end && (ByteClass.isAlnum(s[i]) || s[i] == UInt8(ascii: "-")) { i += 1 }
    return i
  }

  private static func attribute(_ s: Buffer, _ start: Int, _ end: Int) -> Int? {
    var i = start
    let first = s[i]
    guard ByteClass.isAlpha(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
    else { return nil }
    i += 1
    while i < end {
      let byte = s[i]
      guard
        ByteClass.isAlnum(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
          || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
      else { break }
      i += 1
    }
    let nameEnd = i
    i = skipWhitespace(s, i, end)
    guard i < end, s[i] == UInt8(ascii: "=") else { return nameEnd }
    i = skipWhitespace(s, i + 1, end)
    guard i < end else { return nil }
    let quote = s[i]
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      i += 1
      while i < end && s[i] != quote { i += 1 }
      return i < end ? i + 1 : nil
    }
    let valueStart = i
    while i < end {
      let byte = s[i]
      if byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "`")
      {
        break
      }
      i += 1
    }
    return i > valueStart ? i : nil
  }

  private static func skipWhitespace(_ s: Buffer, _ start: Int, _ end: Int) -> Int {
    var i = start
    while i < end && (s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D || s[i] == 0x0C)
    {
      i += 1
    }
    return i
  }

  // MARK: - Byte matching

  static func hasPrefix(_ s: Buffer, _ start: Int, _ end: Int, _ prefix: String) -> Bool {
    var i = start
    for byte in prefix.utf8 {
      guard i < end, s[i] == byte else { return false }
      i += 1
    }
    return true
  }

  private static func matches(_ s: Buffer, _ start: Int, _ pattern: [UInt8]) -> Bool {
    for (offset, byte) in pattern.enumerated() where s[start + offset] != byte { return false }
    return true
  }

  private static func contains(_ s: Buffer, _ start: Int, _ end: Int, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    var i = start
    while i + pattern.count <= end {
      if matches(s, i, pattern) { return true }
      i += 1
    }
    return false
  }

  private static func containsCaseInsensitive(
    _ s: Buffer, _ start: Int, _ end: Int, _ needle: String
  ) -> Bool {
    let pattern = Array(needle.utf8)
    var i = start
    while i + pattern.count <= end {
      var matched = true
      for (offset, byte) in pattern.enumerated() {
        let candidate = s[i + offset]
        if (ByteClass.isAlpha(candidate) ? candidate | 0x20 : candidate) != byte {
          matched = false
          break
        }
      }
      if matched { return true }
      i += 1
    }
    return false
  }
}
