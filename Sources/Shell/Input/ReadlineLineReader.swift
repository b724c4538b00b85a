import CReadline
import Glibc

/// GNU readline on an interactive terminal: line editing, persistent history, tab completion.
///
/// This is the only file that touches the readline C API. It uses readline's callback interface
/// so that Ctrl-C, resizes and SIGTERM are handled between keystrokes: the line is abandoned
/// (or the terminal restored) by us, not inside a signal handler.
package final class ReadlineLineReader: LineReader {
  private let historyFile: String?
  private let completer: Completer

  /// - Parameters:
  ///   - historyFile: where to keep history (created 0600), or nil for none.
  ///   - completer: offers completions for the text before the cursor.
  package init(historyFile: String?, completer: Completer) {
    self.historyFile = historyFile
    self.completer = completer
    Self.readUTF8()
    ReadlineState.completer = completer
    tb_set_readline_name("teachback")
    tb_set_catch_signals(0)
    tb_set_catch_sigwinch(0)
    tb_set_change_environment(0)
    tb_set_completer_word_break_characters(ReadlineState.wordBreaks)
    tb_set_completion_function(readlineComplete)
    stifle_history(1000)
    if let historyFile {
      _ = read_history(historyFile)
    }
  }

  package var isInteractive: Bool { true }

  /// Readline edits `ñ`, `á` or `¿` as letters only in a UTF-8 character locale: the
  /// person's own, or C.UTF-8 when theirs is not UTF-8 or is missing from this computer (it
  /// would otherwise read each byte of `¿` as a key with Meta held).
  private static func readUTF8() {
    if let name = setlocale(LC_CTYPE, "") {
      let folded = String(cString: name).lowercased().filter { $0 != "-" }
      if folded.contains("utf8") { return }
    }
    _ = setlocale(LC_CTYPE, "C.UTF-8")
  }

  package func remember(_ line: String) {
    guard !line.isEmpty else { return }
    add_history(line)
    guard let historyFile else { return }
    if append_history(1, historyFile) != 0 { _ = write_history(historyFile) }
    chmod(historyFile, 0o600)
    _ = history_truncate_file(historyFile, 1000)
  }

  package func readLine(prompt: String) -> LineInput {
    ReadlineState.completedLine = nil
    ReadlineState.reachedEnd = false
    rl_callback_handler_install(prompt, readlineLineHandler)
    var lineHandled = false
    defer { if !lineHandled { rl_callback_handler_remove() } }

    while true {
      let monitor = SignalMonitor.shared
      if monitor.takeTermination() {
        abandonLine(showing: "\n")
        return .terminated
      }
      if monitor.takeInterrupt() {
        abandonLine(showing: "^C\n")
        return .interrupted
      }
      if monitor.takeResize() { rl_resize_terminal() }

      var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, -1)
      if ready < 0 { continue }  // EINTR: a signal arrived; the loop reads its flag.
      rl_callback_read_char()
      if let line = ReadlineState.completedLine {
        lineHandled = true
        return .line(line)
      }
      if ReadlineState.reachedEnd {
        lineHandled = true
        return .endOfInput
      }
    }
  }

  /// Reads a line with the terminal's echo off and readline not involved, so what is typed is
  /// neither shown nor kept in the history. Ctrl-C abandons it, as it does a line.
  package func readSecret(prompt: String) -> LineInput {
    _ = prompt.utf8CString.withUnsafeBufferPointer {
      write(STDOUT_FILENO, $0.baseAddress, $0.count - 1)
    }
    return TerminalEcho.off(on: STDIN_FILENO) { readQuietLine() }
  }

  private func readQuietLine() -> LineInput {
    var bytes: [UInt8] = []
    defer { bytes.withUnsafeMutableBytes { $0.initializeMemory(as: UInt8.self, repeating: 0) } }
    while true {
      let monitor = SignalMonitor.shared
      if monitor.takeTermination() {
        echo("\n")
        return .terminated
      }
      if monitor.takeInterrupt() {
        echo("^C\n")
        return .interrupted
      }
      var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      if poll(&descriptor, 1, -1) < 0 { continue }
      var byte: UInt8 = 0
      let count = read(STDIN_FILENO, &byte, 1)
      if count < 0 {
        if errno == EINTR { continue }
        echo("\n")
        return .endOfInput
      }
      if count == 0 || byte == UInt8(ascii: "\n") {
        echo("\n")
        if count == 0 && bytes.isEmpty { return .endOfInput }
        return .line(String(decoding: bytes, as: UTF8.self))
      }
      bytes.append(byte)
    }
  }

  /// Clears the half-typed line and moves to a fresh row, as a shell does on Ctrl-C.
  private func abandonLine(showing mark: StaticString) {
    rl_free_line_state()
    rl_replace_line("", 0)
    echo(mark)
  }
}

/// Readline calls back through C function pointers, which cannot capture context.
private enum ReadlineState {
  nonisolated(unsafe) static var completer: Completer?
  nonisolated(unsafe) static var completedLine: String?
  nonisolated(unsafe) static var reachedEnd = false
  /// Only blanks split words, so `care#flushing` completes as one word.
  nonisolated(unsafe) static let wordBreaks: UnsafePointer<CChar> = UnsafePointer(strdup(" \t\n")!)
}

private func readlineLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
  // Removing the handler here, not after, stops readline from drawing the prompt again.
  rl_callback_handler_remove()
  guard let line else {
    ReadlineState.reachedEnd = true
    echo("\n")
    return
  }
  defer { free(line) }
  let bytes = UnsafeRawBufferPointer(start: line, count: strlen(line))
  ReadlineState.completedLine = String(decoding: bytes, as: UTF8.self)
}

private func readlineComplete(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  tb_set_attempted_completion_over(1)
  guard let completer = ReadlineState.completer, let buffer = tb_line_buffer() else { return nil }
  let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(end))
  let beforeCursor = String(decoding: bytes, as: UTF8.self)
  let completion = completer.complete(beforeCursor)
  guard !completion.candidates.isEmpty else { return nil }
  tb_set_completion_append_character(
    completion.candidates.count == 1 && completion.appendsSpace ? 32 : 0)

  // readline wants a malloc'd, NULL-terminated array: the common prefix, then every match.
  let entries =
    [completion.commonPrefix] + (completion.candidates.count > 1 ? completion.candidates : [])
  let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1))!
  let matches = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
  for (index, entry) in entries.enumerated() { matches[index] = strdup(entry) }
  matches[entries.count] = nil
  return matches
}

/// Readline's own echo of a finished line (a newline, or `^C`): fixed text, never content.
private func echo(_ text: StaticString) {
  _ = write(STDOUT_FILENO, text.utf8Start, text.utf8CodeUnitCount)
}
