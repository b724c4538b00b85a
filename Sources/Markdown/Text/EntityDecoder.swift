/// Decodes HTML character references (`&amp;`, `&#35;`, `&#x22;`) into sanitised text.
enum EntityDecoder {
  /// Named references without their `&` and `;`, decoded once from `EntityTable`.
  static let named: [String: String] = {
    var table: [String: String] = [:]
    table.reserveCapacity(2200)
    for entry in EntityTable.packed.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
      let trimmed = entry.drop(while: { $0 == " " })
      guard let equals = trimmed.firstIndex(of: "=") else { continue }
      var value = String.UnicodeScalarView()
      for hex in trimmed[trimmed.index(after: equals)...].split(separator: ".") {
        if let code = UInt32(hex, radix: 16), !isBidiMark(code) {
          value.append(TextSanitizer.safeScalar(code))
        }
      }
      table[String(trimmed[..<equals])] = String(value)
    }
    return table
  }()

  /// The invisible direction marks (`&lrm;`, `&rlm;`, the Arabic letter mark): a reference to
  /// one is dropped quietly, since it only steers the order of text and may not reach output.
  /// References to embeddings, overrides and isolates, which can disguise text, still show
  /// U+FFFD.
  static func isBidiMark(_ value: UInt32) -> Bool {
    value == 0x200E || value == 0x200F || value == 0x061C
  }

  /// Decodes the reference `bytes[start..<end]` (from `&` through `;`), or nil when it is
  /// not a valid reference.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
    guard end - start >= 3, bytes[start] == UInt8(ascii: "&"), bytes[end - 1] == UInt8(ascii: ";")
    else { return nil }
    if bytes[start + 1] == UInt8(ascii: "#") {
      var index = start + 2
      var radix: UInt32 = 10
      if index < end - 1 && (bytes[index] | 0x20) == UInt8(ascii: "x") {
        radix = 16
        index += 1
      }
      let digits = end - 1 - index
      guard digits >= 1, digits <= (radix == 16 ? 6 : 7) else { return nil }
      var value: UInt32 = 0
      while index < end - 1 {
        guard let digit = ByteClass.digitValue(bytes[index], radix: radix) else { return nil }
        value = value * radix + digit
        index += 1
      }
      if isBidiMark(value) { return "" }
      return String(Character(TextSanitizer.safeScalar(value)))
    }
    let name = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)]),
      as: UTF8.self)
    return named[name]
  }

  /// Length of an entity-looking run at `start` (`&name;`, `&#123;`, `&#x1F;`), or 0.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int {
    var index = start + 1
    guard index < limit else { return 0 }
    if bytes[index] == UInt8(ascii: "#") {
      index += 1
      var radix: UInt32 = 10
      if index < limit && (bytes[index] | 0x20) == UInt8(ascii: "x") {
        radix = 16
        index += 1
      }
      let digitsStart = index
      while index < limit, ByteClass.digitValue(bytes[index], radix: radix) != nil { index += 1 }
      let digits = index - digitsStart
      guard digits >= 1, digits <= (radix == 16 ? 6 : 7), index < limit,
        bytes[index] == UInt8(ascii: ";")
      else { return 0 }
      return index + 1 - start
    }
    guard ByteClass.isAlpha(bytes[index]) else { return 0 }
    let nameStart = index
    while index < limit, ByteClass.isAlnum(bytes[index]), index - nameStart < 32 { index += 1 }
    guard index < limit, bytes[index] == UInt8(ascii: ";"), index - nameStart >= 2 else { return 0 }
    return index + 1 - start
  }
}
