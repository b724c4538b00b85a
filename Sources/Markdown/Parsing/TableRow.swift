/// Splits a GFM table row into cells: optional outer pipes, `\|` for a literal pipe.
enum TableRow {
  static func cells(_ s: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
    var start = 0
    var end = s.count
    while start < end && ByteClass.isSpaceOrTab(s[start]) { start += 1 }
    while end > start && (ByteClass.isSpaceOrTab(s[end - 1]) || s[end - 1] == 0x0A) { end -= 1 }
    if start < end && s[start] == UInt8(ascii: "|") { start += 1 }
    if end > start && s[end - 1] == UInt8(ascii: "|")
      && (end - 2 < start || s[end - 2] != UInt8(ascii: "\\"))
    {
      end -= 1
    }
    var cells: [[UInt8]] = []
    var cell: [UInt8] = []
    var i = start
    while i < end {
      let byte = s[i]
      if byte == UInt8(ascii: "\\") && i + 1 < end && s[i + 1] == UInt8(ascii: "|") {
        cell.append(UInt8(ascii: "|"))
        i += 2
        continue
      }
      if byte == UInt8(ascii: "|") {
        cells.append(cell)
        cell = []
      } else {
        cell.append(byte)
      }
      i += 1
    }
    cells.append(cell)
    if start >= end { return [] }
    return cells
  }
}
