/// The pieces of link syntax shared by inline links and reference definitions: labels,
/// destinations, titles, and the unescaping and URL normalisation applied to them.
enum LinkSyntax {
  typealias Buffer = UnsafeBufferPointer<UInt8>

  /// The most bytes a label can take, brackets included: 999 characters of up to 4 bytes.
  static let maximumLabelBytes = 999 * 4 + 2

  /// The length of a link label (`[...]`, at most 999 characters inside) at `start`, or 0.
  static func label(_ s: Buffer, _ start: Int, _ end: Int) -> Int {
    guard start < end, s[start] == UInt8(ascii: "[") else { return 0 }
    var i = start + 1
    var characters = 0
    while i < end {
      let byte = s[i]
      if byte == UInt8(ascii: "]") { return i + 1 - start }
      if byte == UInt8(ascii: "[") { return 0 }
      if byte == UInt8(ascii: "\\") && i + 1 < end && s[i + 1] < 0x80 {
        i += 1
        characters += 1
      }
      if byte & 0xC0 != 0x80 { characters += 1 }
      if characters > 999 { return 0 }
      i += 1
    }
    return 0
  }

  /// Skips spaces and tabs with at most one line ending among them.
  static func skipSpacesAndOneNewline(_ s: Buffer, _ start: Int, _ end: Int) -> Int {
    var i = start
    while i < end && ByteClass.isSpaceOrTab(s[i]) { i += 1 }
    if i < end && s[i] == 0x0A {
      i += 1
      while i < end && ByteClass.isSpaceOrTab(s[i]) { i += 1 }
    }
    return i
  }

  /// A link destination at `start`: `(end index, unescaped and normalised destination)`.
  static func destination(_ s: Buffer, _ start: Int, _ end: Int) -> (Int, String)? {
    guard start < end else { return nil }
    if s[start] == UInt8(ascii: "<") {
      var i = start + 1
      while i < end {
        let byte = s[i]
        if byte == UInt8(ascii: ">") {
          return (i + 1, normalizeURL(unescape(s, start + 1, i)))
        }
        if byte == UInt8(ascii: "<") || byte == 0x0A { return nil }
        if byte == UInt8(ascii: "\\") && i + 1 < end && ByteClass.isASCIIPunctuation(s[i + 1]) {
          i += 1
        }
        i += 1
      }
      return nil
    }
    var i = start
    var depth = 0
    while i < end {
      let byte = s[i]
      if byte == UInt8(ascii: "\\") && i + 1 < end && ByteClass.isASCIIPunctuation(s[i + 1]) {
        i += 2
      } else if byte == UInt8(ascii: "(") {
        depth += 1
        if depth > 32 { return nil }
        i += 1
      } else if byte == UInt8(ascii: ")") {
        if depth == 0 { break }
        depth -= 1
        i += 1
      } else if byte <= 0x20 {
        break
      } else {
        i += 1
      }
    }
    guard i > start, depth == 0 else { return nil }
    return (i, normalizeURL(unescape(s, start, i)))
  }

  /// A link title (`"..."`, `'...'` or `(...)`) at `start`: `(end index, unescaped title)`.
  static func title(_ s: Buffer, _ start: Int, _ end: Int) -> (Int, String)? {
    guard start < end else { return nil }
    let open = s[start]
    let close: UInt8
    switch open {
    case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
    case UInt8(ascii: "("): close = UInt8(ascii: ")")
    default: return nil
    }
    var i = start + 1
    while i < end {
      let byte = s[i]
      if byte == close { return (i + 1, unescape(s, start + 1, i)) }
      if open == UInt8(ascii: "(") && byte == UInt8(ascii: "(") { return nil }
      if byte == UInt8(ascii: "\\") && i + 1 < end { i += 1 }
      i += 1
    }
    return nil
  }

  /// Resolves backslash escapes and character references.
  static func unescape(_ s: Buffer, _ start: Int, _ end: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    var i = start
    while i < end {
      let byte = s[i]
      if byte == UInt8(ascii: "\\") && i + 1 < end && ByteClass.isASCIIPunctuation(s[i + 1]) {
        out.append(s[i + 1])
        i += 2
      } else if byte == UInt8(ascii: "&") {
        let length = EntityDecoder.scan(s, i, end)
        if length > 0, let decoded = EntityDecoder.decode(s, i, i + length) {
          out.append(contentsOf: decoded.utf8)
          i += length
        } else {
          out.append(byte)
          i += 1
        }
      } else {
        out.append(byte)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Percent-encodes a destination the way the CommonMark reference implementations do,
  /// keeping existing `%XX` escapes.
  static func normalizeURL(_ url: String) -> String {
    var out: [UInt8] = []
    let bytes = Array(url.utf8)
    out.reserveCapacity(bytes.count)
    let hex = Array("0123456789ABCDEF".utf8)
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "%") && i + 2 < bytes.count
        && ByteClass.digitValue(bytes[i + 1], radix: 16) != nil
        && ByteClass.digitValue(bytes[i + 2], radix: 16) != nil
      {
        out.append(contentsOf: bytes[i...(i + 2)])
        i += 3
        continue
      }
      if ByteClass.isAlnum(byte) || isURLSafe(byte) {
        out.append(byte)
      } else {
        out.append(UInt8(ascii: "%"))
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      }
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func isURLSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"),
      UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "+"),
      UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "_"),
      UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "*"),
      UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
      true
    default: false
    }
  }

  /// Parses a link reference definition at the start of `s[start..<end]`, recording it in
  /// `references` if the label is new; returns the bytes consumed or 0.
  static func referenceDefinition(
    _ s: Buffer, _ start: Int, _ end: Int, into references: inout [String: LinkReference]
  ) -> Int {
    let labelLength = label(s, start, end)
    guard labelLength > 2 else { return 0 }
    var i = start + labelLength
    guard i < end, s[i] == UInt8(ascii: ":") else { return 0 }
    i = skipSpacesAndOneNewline(s, i + 1, end)
    guard let (destinationEnd, destination) = destination(s, i, end) else { return 0 }
    if destinationEnd == i && s[i] != UInt8(ascii: "<") { return 0 }
    let beforeTitle = destinationEnd
    i = skipSpacesAndOneNewline(s, beforeTitle, end)
    var title: String?
    var afterTitle = beforeTitle
    if i != beforeTitle, let (titleEnd, parsed) = self.title(s, i, end) {
      title = parsed
      afterTitle = titleEnd
    }
    var lineEnd = atLineEnd(s, afterTitle, end)
    if lineEnd == nil {
      guard title != nil else { return 0 }
      title = nil
      lineEnd = atLineEnd(s, beforeTitle, end)
    }
    guard let consumedEnd = lineEnd else { return 0 }
    let key = normalize(label: s, start, start + labelLength)
    guard !key.isEmpty else { return 0 }
    if references[key] == nil {
      references[key] = LinkReference(destination: destination, title: title ?? "")
    }
    return consumedEnd - start
  }

  private static func atLineEnd(_ s: Buffer, _ start: Int, _ end: Int) -> Int? {
    var i = start
    while i < end && ByteClass.isSpaceOrTab(s[i]) { i += 1 }
    if i == end { return i }
    return s[i] == 0x0A ? i + 1 : nil
  }

  static func normalize(label s: Buffer, _ start: Int, _ end: Int) -> String {
    LinkReference.normalize(Buffer(rebasing: s[start..<end]))
  }
}
