/// Finished lines stored end to end in one byte buffer, so laying out a document allocates
/// per block rather than per line. Reading an element materialises it as a `Line`.
struct LineBuffer: RandomAccessCollection {
  private(set) var bytes: [UInt8] = []
  /// Where each line ends in `bytes`.
  private(set) var ends: [Int] = []
  private(set) var widths: [Int] = []

  var startIndex: Int { 0 }
  var endIndex: Int { ends.count }

  subscript(index: Int) -> Line {
    Line(bytes: Array(bytes[range(of: index)]), width: widths[index])
  }

  func range(of index: Int) -> Range<Int> {
    (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// Room for about `byteCount` bytes of lines, so a whole document's buffer grows once.
  mutating func reserveCapacity(bytes byteCount: Int) {
    bytes.reserveCapacity(byteCount)
    ends.reserveCapacity(byteCount / 40)
    widths.reserveCapacity(byteCount / 40)
  }

  /// Bytes written since the last finished line.
  var pendingCount: Int { bytes.count - (ends.last ?? 0) }

  mutating func write(_ piece: some Sequence<UInt8>) { bytes.append(contentsOf: piece) }
  mutating func write(_ byte: UInt8) { bytes.append(byte) }

  /// Finishes the line written since the previous one.
  mutating func endLine(width: Int) {
    ends.append(bytes.count)
    widths.append(width)
  }

  mutating func append(_ line: Line) {
    bytes.append(contentsOf: line.bytes)
    endLine(width: line.width)
  }

  mutating func appendBlank() { endLine(width: 0) }

  static func += (lines: inout LineBuffer, other: LineBuffer) {
    let offset = lines.bytes.count
    lines.bytes.append(contentsOf: other.bytes)
    lines.ends.append(contentsOf: other.ends.lazy.map { $0 + offset })
    lines.widths.append(contentsOf: other.widths)
  }

  static func += (lines: inout LineBuffer, other: [Line]) {
    for line in other { lines.append(line) }
  }

  /// Appends `other` with `first` before its first line, `rest` before the others and
  /// `blank` before empty lines.
  mutating func append(_ other: LineBuffer, first: Line, rest: Line, blank: Line) {
    bytes.reserveCapacity(bytes.count + other.bytes.count + other.count * rest.bytes.count)
    for index in other.indices {
      let range = other.range(of: index)
      let prefix = range.isEmpty ? blank : index == 0 ? first : rest
      bytes.append(contentsOf: prefix.bytes)
      bytes.append(contentsOf: other.bytes[range])
      endLine(width: prefix.width + other.widths[index])
    }
  }

  /// Every line followed by a newline, as one string.
  var joined: String {
    String(unsafeUninitializedCapacity: bytes.count + ends.count) { output in
      var written = 0
      var start = 0
      bytes.withUnsafeBufferPointer { source in
        for end in ends {
          let count = end - start
          if count > 0 {
            (output.baseAddress! + written).initialize(
              from: source.baseAddress! + start, count: count)
          }
          written += count
          output[written] = 0x0A
          written += 1
          start = end
        }
      }
      return written
    }
  }
}
