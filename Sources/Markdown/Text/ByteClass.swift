/// Byte and scalar classification used by the parser (ASCII on the hot path, Unicode
/// categories for the delimiter-run rules).
enum ByteClass {
  @inline(__always) static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  @inline(__always) static func isAlpha(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool { isAlpha(byte) || isDigit(byte) }

  /// ASCII punctuation: the characters a backslash can escape.
  @inline(__always) static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
      || (0x7B...0x7E).contains(byte)
  }

  static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
    if isDigit(byte) { return UInt32(byte - UInt8(ascii: "0")) }
    if radix == 16 {
      let lower = byte | 0x20
      if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") {
        return UInt32(lower - UInt8(ascii: "a") + 10)
      }
    }
    return nil
  }

  /// Unicode whitespace per CommonMark: category Zs, tab, line feed, form feed, carriage return.
  static func isUnicodeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
    case 0..<0x80: return false
    default: return scalar.properties.generalCategory == .spaceSeparator
    }
  }

  /// Unicode punctuation per CommonMark 0.31: categories P and S.
  static func isUnicodePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return isASCIIPunctuation(UInt8(scalar.value)) }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return true
    default: return false
    }
  }

  /// The scalar that ends just before `index` in UTF-8 `bytes` (a newline at the start).
  static func scalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Unicode.Scalar
  {
    guard index > start else { return "\n" }
    var begin = index - 1
    while begin > start && bytes[begin] & 0xC0 == 0x80 && index - begin < 4 { begin -= 1 }
    return decodeScalar(bytes, begin, index) ?? "\u{FFFD}"
  }

  /// The scalar that starts at `index` (a newline at the end).
  static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int)
    -> Unicode.Scalar
  {
    guard index < limit else { return "\n" }
    let lead = bytes[index]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    return decodeScalar(bytes, index, min(index + length, limit)) ?? "\u{FFFD}"
  }

  private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Unicode.Scalar?
  {
    var iterator = UnsafeBufferPointer(rebasing: bytes[start..<end]).makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }
}
