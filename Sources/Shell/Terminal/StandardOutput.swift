import Glibc
import Markdown

/// The process's standard output or standard error: width from the terminal (or a fixed
/// `--width`). The only code that writes the shell's text to those streams.
package final class StandardOutput: TerminalOutput {
  package let style: OutputStyle
  package let isInteractive: Bool
  private let descriptor: Int32
  private let fixedWidth: Int?

  package init(style: OutputStyle, fixedWidth: Int?, toStandardError: Bool = false) {
    self.style = style
    self.fixedWidth = fixedWidth
    self.descriptor = toStandardError ? STDERR_FILENO : STDOUT_FILENO
    self.isInteractive = Self.mayBeCleared(
      isTerminal: isatty(descriptor) == 1, term: getenv("TERM").map { String(cString: $0) })
  }

  /// Whether the screen may be cleared: a terminal, unless `TERM` is `dumb` (which can move no
  /// cursor).
  static func mayBeCleared(isTerminal: Bool, term: String?) -> Bool {
    isTerminal && term != "dumb"
  }

  package var width: Int {
    if let fixedWidth { return fixedWidth }
    return Self.terminalWidth(of: descriptor) ?? 80
  }

  package func write(_ text: StyledText) { writeAll(writer.format(text)) }

  /// Writes every byte, retrying after signals, without buffering so nothing is lost if the
  /// process is killed; gives up quietly if the reader has gone.
  private func writeAll(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      guard var pointer = buffer.baseAddress else { return }
      var remaining = buffer.count
      while remaining > 0 {
        let written = Glibc.write(descriptor, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        pointer += written
        remaining -= written
      }
    }
  }

  /// The width of the terminal on `descriptor`, or nil when it is not a terminal.
  static func terminalWidth(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
