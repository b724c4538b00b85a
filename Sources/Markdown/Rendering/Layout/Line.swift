/// One finished output line: its text (escape codes included) and its width in columns
/// (escape codes excluded).
struct Line {
  var text: String
  var width: Int

  static let blank = Line(text: "", width: 0)
}

/// A piece of text in one style. A run whose text is exactly `"\n"` is a hard line break.
struct StyledRun {
  var text: String
  var style: TextStyle

  static let hardBreak = StyledRun(text: "\n", style: [])
}
