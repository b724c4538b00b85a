/// How many terminal columns a string occupies: wide (CJK, fullwidth) characters and emoji
/// (including ZWJ sequences, flags and VS16 presentation) take two, combining marks and
/// zero-width characters none.
public enum DisplayWidth {
  /// The columns `text` occupies; control characters take none.
  public static func of(_ text: some StringProtocol) -> Int {
    var asciiWidth = 0
    var isASCII = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        isASCII = false
        break
      }
      if byte >= 0x20 && byte != 0x7F { asciiWidth += 1 }
    }
    if isASCII { return asciiWidth }
    var width = 0
    for character in text { width += of(character) }
    return width
  }

  /// The columns of one grapheme cluster.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
    if scalars.count > 1 {
      for scalar in scalars where scalar.value == 0xFE0F || scalar.value == 0x200D {
        return first.properties.isEmoji ? 2 : width(of: first)
      }
      for scalar in scalars where scalar.properties.isEmojiPresentation { return 2 }
    }
    return width(of: first)
  }

  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return value < 0xA0 ? (value >= 0x20 && value < 0x7F ? 1 : 0) : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
    if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
    return 1
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF,
      0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      true
    default: false
    }
  }
}
