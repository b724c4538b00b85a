import Curriculum
import Foundation

/// `teachback-bench hostile-bundle`: lint and load of bundles shaped to be slow, each at half and
/// full size so that the ratio shows whether the time grows in proportion: a 1 MiB manifest
/// naming 90,000 topics that do not exist, a 40 KB topic of 10,000 unclosed links `[a](`, and a
/// 900 KB topic of them. Every one must be refused (or linted) in under a second.
enum HostileBundleBenchmark {
  private struct Shape: Sendable {
    var name: String
    /// Turns a valid one-topic bundle into the hostile one, at `count` repetitions.
    var make: @Sendable (URL, Int) throws -> Void
    var count: Int
  }

  private static let shapes = [
    Shape(name: "manifest naming missing topics", make: nameMissingTopics, count: 90_000),
    Shape(name: "topic of unclosed links, 40 KB", make: fillTopicWithOpenLinks, count: 10_000),
    Shape(name: "topic of unclosed links, 900 KB", make: fillTopicWithOpenLinks, count: 225_000),
  ]

  static func run() throws {
    for shape in shapes {
      let half = try time(shape, count: shape.count / 2)
      let full = try time(shape, count: shape.count)
      print(
        String(
          format: "%-32@ %7d bytes: lint %6.1f ms, load %6.1f ms (half size: lint %6.1f, load"
            + " %6.1f; full / half %.2fx)",
          shape.name as NSString, full.bytes, full.lint, full.load, half.lint, half.load,
          full.lint / max(half.lint, 0.001)))
    }
    print("target: every lint and load under 1000 ms, and full / half near 2x")
  }

  private static func time(_ shape: Shape, count: Int) throws -> (
    bytes: Int, lint: Double, load: Double
  ) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-hostile-bench-\(getpid())-\(count)")
    try? FileManager.default.removeItem(at: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try SyntheticBundle.write(topics: 1, to: folder)
    try shape.make(folder, count)
    let bytes = try largestFileSize(in: folder)
    sync()
    let lint = try bestOfThree { _ = BundleLinter.lint(directory: folder) }
    let load = try bestOfThree { _ = BundleLoader.loadWithDiagnostics(from: folder) }
    return (bytes, lint, load)
  }

  private static func nameMissingTopics(in folder: URL, count: Int) throws {
    let manifest = folder.appendingPathComponent("bundle.yaml")
    var text = try String(contentsOf: manifest, encoding: .utf8)
    text += (0..<count).map { String(format: "  - m%05d\n", $0) }.joined()
    try text.write(to: manifest, atomically: true, encoding: .utf8)
  }

  private static func fillTopicWithOpenLinks(in folder: URL, count: Int) throws {
    let topic = folder.appendingPathComponent("topics/topic-0.md")
    var text = try String(contentsOf: topic, encoding: .utf8)
    text += "\n" + String(repeating: "[a](", count: count) + "\n"
    try text.write(to: topic, atomically: true, encoding: .utf8)
  }

  private static func largestFileSize(in folder: URL) throws -> Int {
    let files = ["bundle.yaml", "topics/topic-0.md"].map { folder.appendingPathComponent($0) }
    return try files.map { try $0.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0 }.max()
      ?? 0
  }

  private static func bestOfThree(_ body: () throws -> Void) throws -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return best
  }
}
