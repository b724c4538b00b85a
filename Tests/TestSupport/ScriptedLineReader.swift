import Markdown
import Shell

/// Feeds the shell a script and echoes each line into the transcript after a `> ` prompt, so a
/// golden transcript reads like a session.
package final class ScriptedLineReader: LineReader {
  private var inputs: [LineInput]
  private let transcript: RecordingOutput
  package private(set) var remembered: [String] = []

  package init(_ lines: [String], transcript: RecordingOutput) {
    self.inputs = lines.map { .line($0) }
    self.transcript = transcript
  }

  package init(inputs: [LineInput], transcript: RecordingOutput) {
    self.inputs = inputs
    self.transcript = transcript
  }

  package var isInteractive: Bool { false }

  package func remember(_ line: String) { remembered.append(line) }

  package func readLine(prompt: String) -> LineInput {
    guard !inputs.isEmpty else { return .endOfInput }
    let input = inputs.removeFirst()
    switch input {
    case .line(let line): transcript.write(.verbatim("> \(line)") + "\n")
    case .interrupted: transcript.write("> ^C\n")
    case .endOfInput, .terminated: break
    }
    return input
  }
}
