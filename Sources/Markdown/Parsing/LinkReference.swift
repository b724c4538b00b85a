/// A link reference definition (`[label]: destination "title"`).
struct LinkReference: Sendable, Hashable {
  var destination: String
  var title: String

  /// The matching key of a label (brackets included): inner whitespace collapsed, trimmed,
  /// Unicode case-folded.
  static func normalize(_ label: UnsafeBufferPointer<UInt8>) -> String {
    let inner = UnsafeBufferPointer(rebasing: label[1..<(label.count - 1)])
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(inner.count)
    var pendingSpace = false
    for byte in inner {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
        pendingSpace = !collapsed.isEmpty
      } else {
        if pendingSpace { collapsed.append(0x20) }
        pendingSpace = false
        collapsed.append(byte)
      }
    }
    let text = String(decoding: collapsed, as: UTF8.self)
    if collapsed.allSatisfy({ $0 < 0x80 }) { return text.uppercased() }
    return text.lowercased().uppercased()
  }
}
