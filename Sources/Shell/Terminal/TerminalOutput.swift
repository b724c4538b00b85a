import Markdown

/// Where the shell writes: the seam between commands and a real terminal, so tests can record.
/// It takes only `StyledText`, so nothing reaches the screen without passing its neutraliser.
package protocol TerminalOutput: AnyObject {
  /// Writes the text, laid out for this output.
  func write(_ text: StyledText)
  /// The number of columns to wrap to, read afresh so a resize applies to the next output.
  var width: Int { get }
  var style: OutputStyle { get }
  /// Whether this output is an interactive terminal that may be cleared (not `TERM=dumb`).
  var isInteractive: Bool { get }
}

extension TerminalOutput {
  /// Writes a line of text followed by a newline.
  package func line(_ text: StyledText = StyledText()) { write(text + "\n") }

  /// The writer that lays text out for this output as it is now.
  package var writer: TerminalWriter {
    TerminalWriter(width: width, style: style, isInteractive: isInteractive)
  }

  /// A prompt for the line reader, styled for this output.
  func prompt(_ text: StyledText) -> String { writer.prompt(text) }
}
