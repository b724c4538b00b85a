import Testing

@testable import Shell

/// The shell's own lines fit the terminal: wrapped at spaces, commands in backticks kept whole,
/// indentation carried on, and lines that already fit left exactly as they are.
@Suite struct TextWrapperTests {
  @Test func wrapsAtSpacesToTheWidth() {
    #expect(
      TextWrapper.fit("Progress is saved on this computer, for you only.", width: 20)
        == "Progress is saved on\nthis computer, for\nyou only.")
  }

  @Test func keepsACommandInBackticksOnOneLine() {
    #expect(
      TextWrapper.fit(
        "Type `read` and a number, e.g. `read 1` or `read using-the-port`.", width: 34)
        == "Type `read` and a number, e.g.\n`read 1` or `read using-the-port`.")
  }

  @Test func keepsTheIndentOfAnIndentedLine() {
    #expect(
      TextWrapper.fit("  report --session 1 --format html --out FILE", width: 30)
        == "  report --session 1 --format\n  html --out FILE")
  }

  @Test func linesUpLaterLinesAfterListMarks() {
    #expect(
      TextWrapper.fit("  ○  8. Flushing and everyday care  flushing-and-care", width: 40)
        == "  ○  8. Flushing and everyday care\n        flushing-and-care")
    #expect(
      TextWrapper.fit("  a) Call your care team, or your local emergency number", width: 32)
        == "  a) Call your care team, or\n     your local emergency number")
    #expect(
      TextWrapper.fit("A port is a small disc under the skin.", width: 20)
        == "A port is a small\ndisc under the skin.")
    #expect(
      TextWrapper.fit("9 questions for each of you, in turn.", width: 20)
        == "9 questions for each\nof you, in turn.")
  }

  @Test func leavesLinesThatFitAsTheyAre() {
    let table = "Everyday skin care  1 of 3\n  ○  1. What a port is"
    #expect(TextWrapper.fit(table, width: 30) == table)
  }

  @Test func escapeCodesTakeNoRoom() {
    let bold = "\u{1B}[1mSam\u{1B}[0m"
    #expect(
      TextWrapper.fit("Now learning as \(bold). Saved.", width: 27)
        == "Now learning as \(bold). Saved.")
  }

  @Test func anUnclosedBacktickDoesNotSwallowTheLine() {
    #expect(TextWrapper.fit("a `b c d e f g", width: 6) == "a\n`b c d e f g")
  }
}
