/// A compact, versioned byte format for the bundle cache: little-endian integers and
/// length-prefixed UTF-8 strings. Only `BundleCache` reads what `BundleCache` wrote.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write(_ value: Int) {
    var raw = UInt64(bitPattern: Int64(value)).littleEndian
    withUnsafeBytes(of: &raw) { bytes.append(contentsOf: $0) }
  }

  mutating func write(_ value: Double) { write(Int(Int64(bitPattern: value.bitPattern))) }

  mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      write(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func write(_ value: String?) {
    write(value != nil)
    if let value { write(value) }
  }

  mutating func write(_ values: [String]) {
    write(values.count)
    for value in values { write(value) }
  }

  mutating func write(bytes value: [UInt8]) {
    write(value.count)
    bytes.append(contentsOf: value)
  }

  mutating func write<T>(_ values: [T], each: (inout BinaryWriter, T) -> Void) {
    write(values.count)
    for value in values { each(&self, value) }
  }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws instead of trapping. Every bound is
/// checked as "count ≤ bytes left", never as "offset + count ≤ size", so a length field near
/// 2^63 in a tampered file cannot overflow.
struct BinaryReader {
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func readInt() throws -> Int {
    guard bytes.count - offset >= 8 else { throw Malformed() }
    var raw: UInt64 = 0
    for index in 0..<8 { raw |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
    offset += 8
    return Int(Int64(bitPattern: raw))
  }

  mutating func readDouble() throws -> Double {
    Double(bitPattern: UInt64(bitPattern: Int64(try readInt())))
  }

  mutating func readBool() throws -> Bool {
    guard offset < bytes.count else { throw Malformed() }
    defer { offset += 1 }
    return bytes[offset] != 0
  }

  mutating func readString() throws -> String {
    let count = try readInt()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    defer { offset += count }
    return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
  }

  mutating func readBytes() throws -> [UInt8] {
    let count = try readInt()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    defer { offset += count }
    return Array(bytes[offset..<(offset + count)])
  }

  mutating func readOptionalString() throws -> String? {
    try readBool() ? try readString() : nil
  }

  mutating func readStrings() throws -> [String] {
    try readArray { try $0.readString() }
  }

  mutating func readArray<T>(_ each: (inout BinaryReader) throws -> T) throws -> [T] {
    let count = try readInt()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try each(&self)) }
    return values
  }
}
