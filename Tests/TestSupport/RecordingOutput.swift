import Markdown
import Shell

/// A terminal that keeps everything written to it, laid out by the real writer, for
/// transcript tests.
public final class RecordingOutput: TerminalOutput {
  public private(set) var text = ""
  public var width: Int
  public let style: OutputStyle
  public var isInteractive: Bool { false }

  public init(width: Int = 80, style: OutputStyle = .monochrome) {
    self.width = width
    self.style = style
  }

  public func write(_ text: StyledText) { self.text += writer.format(text) }
}
