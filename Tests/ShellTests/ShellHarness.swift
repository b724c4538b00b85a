import Curriculum
import Markdown
import Shell
import TestSupport

/// Runs the shell on a script and returns the transcript and exit status.
func runShell(
  _ lines: [String], bundle: ContentBundle = MiniBundle.bundle, width: Int = 80,
  style: OutputStyle = .monochrome, settings: LocalSettings = LocalSettings()
) -> (transcript: String, status: Int32) {
  let output = RecordingOutput(width: width, style: style)
  let reader = ScriptedLineReader(lines, transcript: output)
  let shell = ShellSession(
    bundle: bundle, output: output, reader: reader, store: nil, learner: nil, settings: settings)
  let status = shell.run()
  return (output.text, status)
}
