/// GFM's extended autolinks: addresses written as plain text (`www.example.org`,
/// `https://example.org/a`, `nurse@example.org`) become links, following the GFM spec's rules
/// for where they start, which domains are valid and which trailing punctuation is left out.
enum ExtendedAutolinks {
  /// The text of `bytes` as text and link inlines.
  static func inlines(from bytes: [UInt8]) -> [Inline] {
    // Most text has no address: one quick pass says which kinds could be there.
    var mayHaveEmail = false
    var mayHaveWWW = false
    var mayHaveScheme = false
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      for index in 0..<count {
        let byte = buffer[index]
        // `.` 2E, `:` 3A and `@` 40; everything else is passed with one comparison.
        guard byte &- UInt8.dot <= UInt8.at &- UInt8.dot else { continue }
        switch byte {
        case .at: mayHaveEmail = true
        case .dot where index >= 3 && buffer[index - 1] == .w: mayHaveWWW = true
        case .colon where index + 2 < count && buffer[index + 1] == .slash: mayHaveScheme = true
        default: continue
        }
      }
    }
    guard mayHaveEmail || mayHaveWWW || mayHaveScheme else {
      return [.text(String(decoding: bytes, as: UTF8.self))]
    }
    var result: [Inline] = []
    var textStart = 0
    var index = 0
    func emit(_ range: Range<Int>, destinationPrefix: String) {
      if textStart < range.lowerBound {
        result.append(.text(String(decoding: bytes[textStart..<range.lowerBound], as: UTF8.self)))
      }
      let text = String(decoding: bytes[range], as: UTF8.self)
      result.append(
        .link(
          Link(
            destination: LinkSyntax.normalizeURL(destinationPrefix + text), title: "",
            children: [.text(text)])))
      textStart = range.upperBound
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == .at, mayHaveEmail, let range = email(in: bytes, at: index, from: textStart) {
        emit(range, destinationPrefix: "mailto:")
        index = range.upperBound
      } else if (byte == .w && mayHaveWWW) || (byte == .h && mayHaveScheme),
        mayStart(bytes, at: index),
        let (end, prefix) = webAddress(in: bytes, at: index)
      {
        emit(index..<end, destinationPrefix: prefix)
        index = end
      } else {
        index += 1
      }
    }
    if textStart < bytes.count {
      result.append(.text(String(decoding: bytes[textStart...], as: UTF8.self)))
    }
    return result
  }

  /// A `www.` or `http(s)://` autolink may start a text, or follow white space or `*_~(`.
  private static func mayStart(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index > 0 else { return true }
    switch bytes[index - 1] {
    case .space, .tab, .newline, .asterisk, .underscore, .tilde, .openParenthesis: return true
    default: return false
    }
  }

  /// The end of a `www.` or `http(s)://` address at `start`, and the prefix its link needs.
  private static func webAddress(in bytes: [UInt8], at start: Int) -> (Int, String)? {
    let prefix: String
    var domainStart = start
    if hasPrefix(bytes, at: start, "www.") {
      prefix = "http://"
    } else if hasPrefix(bytes, at: start, "http://") {
      prefix = ""
      domainStart += 7
    } else if hasPrefix(bytes, at: start, "https://") {
      prefix = ""
      domainStart += 8
    } else {
      return nil
    }
    var domainEnd = domainStart
    while domainEnd < bytes.count, isDomainByte(bytes[domainEnd]) { domainEnd += 1 }
    var end = domainEnd
    while end < bytes.count, !isSpace(bytes[end]), bytes[end] != .lessThan { end += 1 }
    end = trimmedEnd(bytes, start: start, end: end)
    guard isValidDomain(bytes[domainStart..<min(domainEnd, end)]) else { return nil }
    return (end, prefix)
  }

  /// Where an address ends once trailing punctuation, an unmatched `)` and a trailing entity
  /// reference (`&amp;`) are left out.
  private static func trimmedEnd(_ bytes: [UInt8], start: Int, end: Int) -> Int {
    var end = end
    while end > start {
      let last = bytes[end - 1]
      switch last {
      case .question, .exclamation, .dot, .comma, .colon, .asterisk, .underscore, .tilde:
        end -= 1
      case .closeParenthesis:
        let opened = bytes[start..<end].count { $0 == .openParenthesis }
        let closed = bytes[start..<end].count { $0 == .closeParenthesis }
        guard closed > opened else { return end }
        end -= 1
      case .semicolon:
        var letters = end - 1
        while letters > start, ByteClass.isAlnum(bytes[letters - 1]) { letters -= 1 }
        guard letters < end - 1, letters > start, bytes[letters - 1] == .ampersand else {
          return end
        }
        end = letters - 1
      default:
        return end
      }
    }
    return end
  }

  /// Segments of letters, digits, `_` and `-` joined by dots: at least one dot, and no `_` in
  /// the last two segments.
  private static func isValidDomain(_ domain: ArraySlice<UInt8>) -> Bool {
    let segments = domain.split(separator: .dot, omittingEmptySubsequences: false)
    guard segments.count >= 2, !segments.contains(where: \.isEmpty) else {
      // A trailing dot was punctuation, already trimmed; an empty segment inside is not valid.
      return false
    }
    return !segments.suffix(2).contains { $0.contains(.underscore) }
  }

  /// An email address around the `@` at `at`, not reaching back before `lowerBound`.
  private static func email(in bytes: [UInt8], at: Int, from lowerBound: Int) -> Range<Int>? {
    var start = at
    while start > lowerBound, isEmailLocalByte(bytes[start - 1]) { start -= 1 }
    guard start < at else { return nil }
    var end = at + 1
    while end < bytes.count,
      ByteClass.isAlnum(bytes[end]) || bytes[end] == .dash
        || bytes[end] == .underscore || bytes[end] == .dot
    {
      end += 1
    }
    while end > at + 1, bytes[end - 1] == .dot { end -= 1 }
    let domain = bytes[(at + 1)..<end]
    guard domain.contains(.dot), let last = domain.last, last != .dash, last != .underscore,
      !domain.split(separator: .dot, omittingEmptySubsequences: false).contains(where: \.isEmpty)
    else { return nil }
    return start..<end
  }

  private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
    var offset = index
    for expected in prefix.utf8 {
      guard offset < bytes.count, bytes[offset] == expected else { return false }
      offset += 1
    }
    return true
  }

  private static func isDomainByte(_ byte: UInt8) -> Bool {
    ByteClass.isAlnum(byte) || byte == .dash || byte == .underscore || byte == .dot
  }

  private static func isEmailLocalByte(_ byte: UInt8) -> Bool {
    ByteClass.isAlnum(byte) || byte == .dot || byte == .plus || byte == .dash || byte == .underscore
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    ByteClass.isSpaceOrTab(byte) || byte == .newline || byte == .carriageReturn
  }
}

extension UInt8 {
  fileprivate static let tab = UInt8(ascii: "\t")
  fileprivate static let newline = UInt8(ascii: "\n")
  fileprivate static let carriageReturn = UInt8(ascii: "\r")
  fileprivate static let space = UInt8(ascii: " ")
  fileprivate static let exclamation = UInt8(ascii: "!")
  fileprivate static let ampersand = UInt8(ascii: "&")
  fileprivate static let openParenthesis = UInt8(ascii: "(")
  fileprivate static let closeParenthesis = UInt8(ascii: ")")
  fileprivate static let asterisk = UInt8(ascii: "*")
  fileprivate static let plus = UInt8(ascii: "+")
  fileprivate static let comma = UInt8(ascii: ",")
  fileprivate static let dash = UInt8(ascii: "-")
  fileprivate static let dot = UInt8(ascii: ".")
  fileprivate static let colon = UInt8(ascii: ":")
  fileprivate static let semicolon = UInt8(ascii: ";")
  fileprivate static let slash = UInt8(ascii: "/")
  fileprivate static let lessThan = UInt8(ascii: "<")
  fileprivate static let question = UInt8(ascii: "?")
  fileprivate static let at = UInt8(ascii: "@")
  fileprivate static let underscore = UInt8(ascii: "_")
  fileprivate static let h = UInt8(ascii: "h")
  fileprivate static let w = UInt8(ascii: "w")
  fileprivate static let tilde = UInt8(ascii: "~")
}
