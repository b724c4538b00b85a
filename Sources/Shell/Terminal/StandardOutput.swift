import Glibc

/// The process's standard output: width from the terminal (or a fixed `--width`).
public final class StandardOutput: TerminalOutput {
  public let style: OutputStyle
  public let isInteractive: Bool
  private let fixedWidth: Int?

  public init(style: OutputStyle, fixedWidth: Int?) {
    self.style = style
    self.fixedWidth = fixedWidth
    self.isInteractive = isatty(STDOUT_FILENO) == 1
  }

  public var width: Int {
    if let fixedWidth { return fixedWidth }
    return Self.terminalWidth() ?? 80
  }

  public func write(_ text: String) { FileDescriptor.standardOutput.writeAll(text) }

  /// The width of the terminal on stdout, or nil when stdout is not a terminal.
  static func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
