import Markdown
import Shell

/// Feeds the shell a script and echoes each line into the transcript after a `> ` prompt (or,
/// playing a person at a terminal, after the shell's own prompt), so a golden transcript reads
/// like a session.
package final class ScriptedLineReader: LineReader {
  private var inputs: [LineInput]
  private let transcript: RecordingOutput
  package private(set) var remembered: [String] = []
  package let isInteractive: Bool

  /// `interactive`: play a person typing at a terminal (the shell then greets them, asks who
  /// is learning on a first run, and shows its prompts).
  package init(_ lines: [String], transcript: RecordingOutput, interactive: Bool = false) {
    self.inputs = lines.map { .line($0) }
    self.transcript = transcript
    self.isInteractive = interactive
  }

  package init(inputs: [LineInput], transcript: RecordingOutput) {
    self.inputs = inputs
    self.transcript = transcript
    self.isInteractive = false
  }

  package func remember(_ line: String) { remembered.append(line) }

  /// Reads the next line as a secret: the transcript shows that something was typed, never
  /// what.
  package func readSecret(prompt: String) -> LineInput {
    guard !inputs.isEmpty else { return .endOfInput }
    let input = inputs.removeFirst()
    switch input {
    case .line: transcript.write(.verbatim((isInteractive ? prompt : "> ") + "(not shown)") + "\n")
    case .interrupted: transcript.write("> ^C\n")
    case .endOfInput, .terminated: break
    }
    return input
  }

  package func readLine(prompt: String) -> LineInput {
    guard !inputs.isEmpty else { return .endOfInput }
    let input = inputs.removeFirst()
    switch input {
    case .line(let line): transcript.write(.verbatim((isInteractive ? prompt : "> ") + line) + "\n")
    case .interrupted: transcript.write("> ^C\n")
    case .endOfInput, .terminated: break
    }
    return input
  }
}
