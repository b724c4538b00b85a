/// One finished output line as UTF-8 (escape codes included) and its width in columns
/// (escape codes excluded). Lines stay bytes until the whole document is joined.
struct Line {
  var bytes: [UInt8]
  var width: Int

  init(bytes: [UInt8], width: Int) {
    self.bytes = bytes
    self.width = width
  }

  init(text: String, width: Int) {
    self.bytes = Array(text.utf8)
    self.width = width
  }

  var isBlank: Bool { bytes.isEmpty }

  static let blank = Line(bytes: [], width: 0)

  /// `prefix` followed by `line`.
  static func + (prefix: Line, line: Line) -> Line {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(prefix.bytes.count + line.bytes.count)
    bytes.append(contentsOf: prefix.bytes)
    bytes.append(contentsOf: line.bytes)
    return Line(bytes: bytes, width: prefix.width + line.width)
  }
}

/// A piece of text in one style. A run whose text is exactly `"\n"` is a hard line break.
struct StyledRun {
  var text: String
  var style: TextStyle

  static let hardBreak = StyledRun(text: "\n", style: [])

  var isHardBreak: Bool { text.utf8.count == 1 && text.utf8.first == 0x0A }
}
