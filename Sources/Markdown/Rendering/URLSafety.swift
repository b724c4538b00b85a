/// Decides whether a link or image URL may appear in HTML output. Script-capable schemes
/// (`javascript:`, `vbscript:`, `data:` other than common raster images) become `#`.
enum URLSafety {
  static func safe(_ url: String) -> String { isDangerous(url) ? "#" : url }

  static func isDangerous(_ url: String) -> Bool {
    var folded: [UInt8] = []
    let bytes = Array(url.utf8.prefix(64))
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "%") && i + 2 < bytes.count,
        let high = ByteClass.digitValue(bytes[i + 1], radix: 16),
        let low = ByteClass.digitValue(bytes[i + 2], radix: 16), high * 16 + low <= 0x20
      {
        i += 3
        continue
      }
      if byte > 0x20 && byte != 0x7F { folded.append(ByteClass.isAlpha(byte) ? byte | 0x20 : byte) }
      i += 1
    }
    let text = String(decoding: folded, as: UTF8.self)
    if text.hasPrefix("javascript:") || text.hasPrefix("vbscript:") { return true }
    if text.hasPrefix("data:") {
      return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains {
        text.hasPrefix($0)
      }
    }
    return false
  }
}
