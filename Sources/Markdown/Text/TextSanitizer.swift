/// Removes every control character except newline (and tab, expanded to spaces), DEL,
/// C1 controls and bidi overrides, so nothing from content or input can drive the terminal.
public enum TextSanitizer {
  /// The text without those characters (tabs expanded to spaces).
  public static func sanitize(_ text: some StringProtocol) -> String {
    let clean = text.utf8.withContiguousStorageIfAvailable { isClean($0) } ?? isClean(text.utf8)
    if clean { return String(text) }
    return rebuild(text)
  }

  /// The same for a `String`, which is returned as it is (no copy) when already clean.
  public static func sanitize(_ text: String) -> String {
    var text = text
    if text.withUTF8({ isClean($0) }) { return text }
    return rebuild(text)
  }

  private static func rebuild(_ text: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value == 0x09 {
        out.append(contentsOf: "    ".unicodeScalars)
      } else if scalar.value == 0x0A || !isForbidden(scalar.value) {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether a scalar may never reach output: C0 controls (newline and tab are handled by the
  /// callers), DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates.
  @inline(__always)
  static func isForbidden(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
      true
    default: false
    }
  }

  /// A quick UTF-8 scan: true when no forbidden scalar (nor a tab) can be present.
  static func isClean(_ utf8: some Sequence<UInt8>) -> Bool {
    Array(utf8).withUnsafeBufferPointer { isClean($0) }
  }

  static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, allowingTabAndReturn: Bool = false)
    -> Bool
  {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      index += 1
      // Printable ASCII, by far the most common, needs one comparison.
      if byte &- 0x20 < 0x5F { continue }
      if byte < 0x20 {
        if byte == 0x0A || (allowingTabAndReturn && (byte == 0x09 || byte == 0x0D)) { continue }
        return false
      }
      if byte == 0x7F { return false }
      // The forbidden non-ASCII scalars: C2 80–9F, D8 9C, E2 80 8E/8F/AA–AE, E2 81 A6–A9.
      if byte == 0xC2, index < count, bytes[index] <= 0x9F { return false }
      if byte == 0xD8, index < count, bytes[index] == 0x9C { return false }
      if byte == 0xE2, index + 1 < count {
        let second = bytes[index]
        let third = bytes[index + 1]
        if second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) {
          return false
        }
        if second == 0x81 && (0xA6...0xA9).contains(third) { return false }
      }
    }
    return true
  }

  /// Prepares untrusted Markdown source for parsing: drops forbidden characters except tab,
  /// line feed, carriage return, vertical tab and form feed (the parser needs them; it removes
  /// the last two from the finished document), and turns NUL into U+FFFD as CommonMark
  /// requires.
  static func sanitizeSource(_ source: String) -> [UInt8] {
    var bytes = Array(source.utf8)
    if isCleanSource(bytes) { return bytes }
    var out = String.UnicodeScalarView()
    for scalar in source.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: out.append(scalar)
      case 0x00: out.append("\u{FFFD}")
      default: if !isForbidden(scalar.value) { out.append(scalar) }
      }
    }
    bytes = Array(String(out).utf8)
    return bytes
  }

  private static func isCleanSource(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isClean($0, allowingTabAndReturn: true) }
  }

  /// The replacement for a character reference that names a forbidden or invalid scalar.
  static func safeScalar(_ value: UInt32) -> Unicode.Scalar {
    if value == 0x09 || value == 0x0A { return Unicode.Scalar(value)! }
    if value == 0 || isForbidden(value) { return "\u{FFFD}" }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}
