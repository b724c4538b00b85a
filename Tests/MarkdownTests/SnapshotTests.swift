import Foundation
import Markdown
import Testing

/// Golden files for the terminal (colour on and off) and plain renderers at three widths.
/// Set `RECORD_SNAPSHOTS=1` to re-record them, then review the diff (and `cat` the
/// `.ansi.txt` files in a terminal).
@Suite struct SnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  enum Output: String, CaseIterable {
    case terminalColor = "ansi"
    case terminal = "terminal"
    case plain = "plain"

    func render(_ document: MarkdownDocument, width: Int) -> String {
      switch self {
      case .terminalColor: TerminalRenderer(width: width, color: true).render(document)
      case .terminal: TerminalRenderer(width: width, color: false).render(document)
      case .plain: PlainRenderer(width: width).render(document)
      }
    }
  }

  static let fixtures = ["port-care", "flushing-steps"]

  @Test(arguments: fixtures, [40, 80, 120])
  func rendersAsRecorded(fixture: String, width: Int) throws {
    let source = try String(
      contentsOf: Self.folder.appendingPathComponent("\(fixture).md"), encoding: .utf8)
    let document = MarkdownDocument(parsing: source)
    for output in Output.allCases {
      let rendered = output.render(document, width: width)
      let file = Self.folder.appendingPathComponent("\(fixture).\(output.rawValue).\(width).txt")
      if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try rendered.write(to: file, atomically: true, encoding: .utf8)
        continue
      }
      let recorded = try String(contentsOf: file, encoding: .utf8)
      #expect(
        rendered == recorded, "\(file.lastPathComponent) differs; RECORD_SNAPSHOTS=1 re-records")
    }
  }
}
