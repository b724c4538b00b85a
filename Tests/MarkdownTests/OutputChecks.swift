import Markdown

/// Checks shared by the property and adversarial tests.
enum OutputChecks {
  /// `text` with the renderer's own SGR sequences (`ESC [ digits ; … m`) removed; any other
  /// escape character is left in place for the checks to find.
  static func strippingSGR(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
        var end = index + 2
        while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) {
          end += 1
        }
        if end < scalars.count, scalars[end] == "m" {
          index = end + 1
          continue
        }
      }
      out.append(scalars[index])
      index += 1
    }
    return String(out)
  }

  /// The first character no output may contain (controls other than newline, DEL, C1,
  /// bidi controls), or nil. `allowingTab` for HTML, where a tab is inert.
  static func forbiddenCharacter(in text: String, allowingTab: Bool = false) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
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
      .filter { DisplayWidth.of($0) > width }.map(String.init)
  }

  static func containsBoxDrawing(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }
  }
}
