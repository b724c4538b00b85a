/// Decodes the standard Base64 alphabet (RFC 4648, with `=` padding) straight from a static
/// string's bytes, without Foundation or a copy of the text. It runs at every start, so it
/// decodes through a table into an uninitialised buffer.
enum Base64 {
  /// The decoded bytes, or nil when `text` is not Base64 of exactly `expectedCount` bytes.
  static func decode(_ text: StaticString, expectedCount: Int) -> [UInt8]? {
    text.withUTF8Buffer { decode($0, expectedCount: expectedCount) }
  }

  static func decode(_ text: UnsafeBufferPointer<UInt8>, expectedCount: Int) -> [UInt8]? {
    guard text.count % 4 == 0 else { return nil }
    let padding =
      text.count == 0 ? 0 : text.reversed().prefix(2).prefix { $0 == UInt8(ascii: "=") }.count
    guard expectedCount == text.count / 4 * 3 - padding else { return nil }
    var valid = true
    let bytes = [UInt8](unsafeUninitializedCapacity: expectedCount) { output, count in
      count = 0
      var index = 0
      while index < text.count {
        let last = index + 4 == text.count
        let first = table[Int(text[index])]
        let second = table[Int(text[index + 1])]
        let third = last && padding == 2 ? 0 : table[Int(text[index + 2])]
        let fourth = last && padding >= 1 ? 0 : table[Int(text[index + 3])]
        guard (first | second | third | fourth) & 0x80 == 0 else {
          valid = false
          return
        }
        let group = UInt32(first) << 18 | UInt32(second) << 12 | UInt32(third) << 6 | UInt32(fourth)
        let produced = last ? 3 - padding : 3
        output[count] = UInt8(truncatingIfNeeded: group >> 16)
        if produced > 1 { output[count + 1] = UInt8(truncatingIfNeeded: group >> 8) }
        if produced > 2 { output[count + 2] = UInt8(truncatingIfNeeded: group) }
        count += produced
        index += 4
      }
    }
    return valid ? bytes : nil
  }

  /// Each byte's six-bit value, or 0xFF for a byte outside the alphabet (`=` included).
  private static let table: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
    return table
  }()
}
