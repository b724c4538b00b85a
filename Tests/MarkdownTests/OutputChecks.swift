import Markdown

/// Checks shared by the property and adversarial tests. They work on UTF-8 bytes so that
/// checking megabytes of output stays quick in debug builds.
enum OutputChecks {
  /// `text` with the renderer's own SGR sequences (`ESC [ digits ; … m`) removed; any other
  /// escape character is left in place for the checks to find.
  static func strippingSGR(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
        var end = index + 2
        while end < bytes.count,
          bytes[end] == UInt8(ascii: ";")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end])
        {
          end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "m") {
          index = end + 1
          continue
        }
      }
      out.append(bytes[index])
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The first character no output may contain (controls other than newline, DEL, C1,
  /// bidi controls), or nil. `allowingTab` for HTML, where a tab is inert.
  static func forbiddenCharacter(in text: String, allowingTab: Bool = false) -> Unicode.Scalar? {
    // Every forbidden scalar has a byte below 0x20, 0x7F, or a lead byte 0xC2/0xD8/0xE2.
    let suspicious = text.utf8.contains { (byte: UInt8) -> Bool in
      if byte < 0x20 { return byte != 0x0A }
      return byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }
    guard suspicious else { return nil }
    return text.unicodeScalars.first { scalar in
      switch scalar.value {
      case 0x0A: false
      case 0x09: !allowingTab
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
      default: false
      }
    }
  }

  /// Lines wider than `width` once escape sequences are removed.
  static func overlongLines(in text: String, width: Int) -> [String] {
    strippingSGR(text).split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.utf8.count > width && DisplayWidth.of($0) > width }.map(String.init)
  }

  static func containsBoxDrawing(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }
  }
}
