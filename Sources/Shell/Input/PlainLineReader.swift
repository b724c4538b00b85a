import Glibc

/// Reads lines from a non-terminal standard input (scripts and tests): no prompt, no history.
///
/// Bytes are decoded leniently: invalid UTF-8 becomes U+FFFD and NUL bytes are dropped, so any
/// input yields a line. Lines longer than `maximumLineBytes` are cut there; the rest is skipped.
package final class PlainLineReader: LineReader {
  package static let maximumLineBytes = 64 * 1024

  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var reachedEnd = false

  package init(descriptor: Int32 = STDIN_FILENO) {
    self.descriptor = descriptor
  }

  package var isInteractive: Bool { false }

  package func remember(_ line: String) {}

  /// A script's line, as any other. A one-shot command run at a terminal reads through this
  /// reader too, so there the terminal's echo is turned off while the line is typed.
  package func readSecret(prompt: String) -> LineInput {
    let input = TerminalEcho.off(on: descriptor) { readLine(prompt: prompt) }
    if isatty(descriptor) == 1 { _ = write(STDOUT_FILENO, "\n", 1) }
    return input
  }

  package func readLine(prompt: String) -> LineInput {
    while true {
      if SignalMonitor.shared.takeTermination() { return .terminated }
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = decode(buffer[start..<newline])
        start = newline + 1
        compact()
        return .line(line)
      }
      if reachedEnd {
        guard start < buffer.count else { return .endOfInput }
        let line = decode(buffer[start...])
        start = buffer.count
        return .line(line)
      }
      fill()
    }
  }

  private func fill() {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      buffer.append(contentsOf: chunk[0..<count])
      skipOverlongLine()
    } else if count == 0 || errno != EINTR {
      reachedEnd = true
    }
  }

  /// Keeps at most `maximumLineBytes` of a line without a newline in memory.
  private func skipOverlongLine() {
    guard buffer.count - start > Self.maximumLineBytes,
      buffer[start...].firstIndex(of: UInt8(ascii: "\n")) == nil
    else { return }
    buffer.removeSubrange((start + Self.maximumLineBytes)...)
    buffer.append(contentsOf: discardUntilNewline())
  }

  /// Reads and drops bytes up to (not including) the next newline; returns what follows it.
  private func discardUntilNewline() -> [UInt8] {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        reachedEnd = true
        return []
      }
      if let newline = chunk[0..<count].firstIndex(of: UInt8(ascii: "\n")) {
        return Array(chunk[newline..<count])
      }
    }
  }

  private func compact() {
    if start > 64 * 1024 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
  }

  private func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var line = String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self)
    if line.hasSuffix("\r") { line.removeLast() }
    return line
  }
}
