/// Decodes the standard Base64 alphabet (RFC 4648, with `=` padding) straight from a static
/// string's bytes, without Foundation or a copy of the text.
enum Base64 {
  /// The decoded bytes, or nil when `text` is not Base64 of exactly `expectedCount` bytes.
  static func decode(_ text: StaticString, expectedCount: Int) -> [UInt8]? {
    text.withUTF8Buffer { decode($0, expectedCount: expectedCount) }
  }

  static func decode(_ text: UnsafeBufferPointer<UInt8>, expectedCount: Int) -> [UInt8]? {
    guard text.count % 4 == 0 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.count / 4 * 3)
    var index = 0
    while index < text.count {
      var group: UInt32 = 0
      var padding = 0
      for offset in 0..<4 {
        let character = text[index + offset]
        if character == UInt8(ascii: "=") && index + 4 == text.count && offset >= 2 {
          padding += 1
          group <<= 6
          continue
        }
        guard padding == 0, let value = sextet(character) else { return nil }
        group = group << 6 | UInt32(value)
      }
      bytes.append(UInt8(truncatingIfNeeded: group >> 16))
      if padding < 2 { bytes.append(UInt8(truncatingIfNeeded: group >> 8)) }
      if padding < 1 { bytes.append(UInt8(truncatingIfNeeded: group)) }
      index += 4
    }
    return bytes.count == expectedCount ? bytes : nil
  }

  private static func sextet(_ character: UInt8) -> UInt8? {
    switch character {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"): 62
    case UInt8(ascii: "/"): 63
    default: nil
    }
  }
}
