// Swift Testing is only on the search path when building tests; `swift build -c release`
// builds this target too, without it.
#if canImport(Testing)
  import Foundation
  import Testing

  /// Golden-file comparison: `Snapshots/NAME.txt` beside the calling test file.
  /// Set `RECORD_SNAPSHOTS=1` to (re)write the files, then review them in the diff.
  package enum Snapshot {
    package static func assertMatches(
      _ actual: String, named name: String, filePath: String = #filePath,
      sourceLocation: SourceLocation = #_sourceLocation
    ) {
      let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
      let file = folder.appendingPathComponent(name + ".txt")
      if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
      }
      guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
          "No snapshot \(name).txt; run with RECORD_SNAPSHOTS=1 to record it.",
          sourceLocation: sourceLocation)
        return
      }
      if actual != expected {
        Issue.record(
          "Snapshot \(name).txt differs:\n\(firstDifference(expected, actual))",
          sourceLocation: sourceLocation)
      }
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String {
      let expectedLines = expected.components(separatedBy: "\n")
      let actualLines = actual.components(separatedBy: "\n")
      for index in 0..<max(expectedLines.count, actualLines.count) {
        let want = index < expectedLines.count ? expectedLines[index] : "<end>"
        let got = index < actualLines.count ? actualLines[index] : "<end>"
        if want != got { return "line \(index + 1)\n  expected: \(want)\n  actual:   \(got)" }
      }
      return "(no line differs)"
    }
  }
#endif
