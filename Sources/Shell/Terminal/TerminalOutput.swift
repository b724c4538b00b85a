/// Where the shell writes. The seam between the shell and a real terminal, so tests can record.
public protocol TerminalOutput: AnyObject {
  /// Writes text as is. Callers sanitise anything that came from content or input.
  func write(_ text: String)
  /// The number of columns to wrap to, read afresh so a resize applies to the next output.
  var width: Int { get }
  var style: OutputStyle { get }
  /// Whether this output is an interactive terminal (it may then be cleared).
  var isInteractive: Bool { get }
}

extension TerminalOutput {
  /// Writes a line of text followed by a newline.
  public func line(_ text: String = "") { write(text + "\n") }
}
