import Foundation
import GRDB
import Markdown
import TestSupport
import Testing

@testable import LearnerStore
@testable import Shell

/// A store written before names were checked may hold a text-direction override or an escape
/// sequence in a learner's name. Whatever the shell shows of it, on the screen or in a record,
/// holds neither.
@Suite struct HostileTextTests {
  static let hostileName = "Rosa\u{202E}\u{1B}[2J\u{7}"

  @Test func anOldStoresHostileNameIsShownSafely() throws {
    let folder = try TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    try store.database.write { db in
      try db.execute(
        sql: "INSERT INTO learner (name, role, path_id, created_at) VALUES (?, 'patient', NULL, 0)",
        arguments: [Self.hostileName])
    }
    let learner = try #require(try store.learners().first)
    for style in [OutputStyle.color, .monochrome, .plain] {
      let output = RecordingOutput(width: 80, style: style)
      let lines = [
        "learner", "progress", "report", "report --format json", "report --format csv",
        "report --format fhir", "report --format html", "history",
      ]
      let shell = ShellSession(
        bundle: try ImplantedPortBundle.load(), output: output,
        reader: ScriptedLineReader(lines, transcript: output), store: store, learner: learner)
      _ = shell.run()
      let forbidden = output.text.unicodeScalars.filter {
        $0 == "\u{202E}" || $0 == "\u{7}" || ($0 == "\u{1B}" && style != .color)
      }
      #expect(forbidden.isEmpty, "\(style)")
      #expect(!output.text.contains("\u{1B}[2J"), "\(style)")
      #expect(output.text.contains("Rosa"), "\(style)")
    }
  }
}
