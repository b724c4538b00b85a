import Markdown
import Testing

/// The shell's own lines fit the terminal: wrapped at spaces, commands in backticks kept whole,
/// indentation carried on, and lines that already fit left exactly as they are.
@Suite struct TerminalWriterTests {
  @Test func wrapsAtSpacesToTheWidth() {
    #expect(
      fit("Progress is saved on this computer, for you only.", width: 20)
        == "Progress is saved on\nthis computer, for\nyou only.")
  }

  @Test func keepsACommandInBackticksOnOneLine() {
    #expect(
      fit(
        "Type `read` and a number, e.g. `read 1` or `read using-the-port`.", width: 34)
        == "Type `read` and a number, e.g.\n`read 1` or `read using-the-port`.")
  }

  @Test func keepsTheIndentOfAnIndentedLine() {
    #expect(
      fit("  report --session 1 --format html --out FILE", width: 30)
        == "  report --session 1 --format\n  html --out FILE")
  }

  @Test func linesUpLaterLinesAfterListMarks() {
    #expect(
      fit("  ○  8. Flushing and everyday care  flushing-and-care", width: 40)
        == "  ○  8. Flushing and everyday care\n        flushing-and-care")
    #expect(
      fit("  a) Call your care team, or your local emergency number", width: 32)
        == "  a) Call your care team, or\n     your local emergency number")
    #expect(
      fit("A port is a small disc under the skin.", width: 20)
        == "A port is a small\ndisc under the skin.")
    #expect(
      fit("9 questions for each of you, in turn.", width: 20)
        == "9 questions for each\nof you, in turn.")
  }

  @Test func leavesLinesThatFitAsTheyAre() {
    let table = "Everyday skin care  1 of 3\n  ○  1. What a port is"
    #expect(fit(table, width: 30) == table)
  }

  @Test func escapeCodesTakeNoRoom() {
    let text: StyledText = "Now learning as " + StyledText("Sam", role: .strong) + ". Saved."
    #expect(
      TerminalWriter(width: 27, style: .color).format(text)
        == "Now learning as \u{1B}[1mSam\u{1B}[0m. Saved.")
  }

  @Test func controlCharactersNeverReachTheOutput() {
    let hostile = "Rosa\u{202E}\u{1B}[2J\u{7}\u{9B}31m"
    for style in [OutputStyle.color, .monochrome, .plain] {
      let written = TerminalWriter(width: 80, style: style).format(
        "Learning as " + StyledText(hostile, role: .strong) + StyledText(hostile))
      #expect(
        !written.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{7}" || $0 == "\u{9B}" })
      #expect(written.components(separatedBy: "\u{1B}").count == (style == .color ? 3 : 1))
    }
  }

  @Test func aHangingIndentLinesUpLaterLines() {
    let text = StyledText.hanging("  quiz TOPIC  ", "Check what you learned, teach-back style")
    #expect(
      TerminalWriter(width: 30, style: .monochrome).format(text)
        == "  quiz TOPIC  Check what you\n              learned,\n              teach-back style")
  }

  @Test func verbatimLinesAreNeverWrapped() {
    let json = "{\"name\": \"a value longer than the line is wide\"}"
    #expect(TerminalWriter(width: 10, style: .plain).format(.verbatim(json)) == json)
  }

  private func fit(_ text: String, width: Int) -> String {
    TerminalWriter(width: width, style: .monochrome).format(StyledText(text))
  }

  @Test func anUnclosedBacktickDoesNotSwallowTheLine() {
    #expect(fit("a `b c d e f g", width: 6) == "a\n`b c d e f g")
  }
}
