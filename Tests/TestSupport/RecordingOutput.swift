import Markdown
import Shell

/// A terminal that keeps everything written to it, laid out by the real writer, for
/// transcript tests.
package final class RecordingOutput: TerminalOutput {
  package private(set) var text = ""
  package var width: Int
  package let style: OutputStyle
  package var isInteractive: Bool { false }

  package init(width: Int = 80, style: OutputStyle = .monochrome) {
    self.width = width
    self.style = style
  }

  package func write(_ text: StyledText) { self.text += writer.format(text) }
}
