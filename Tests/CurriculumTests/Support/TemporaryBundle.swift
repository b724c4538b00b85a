import Foundation
import TestSupport
import Testing

@testable import Curriculum

/// A copy of a fixture bundle in a temporary folder, to change file by file in a test.
final class TemporaryBundle {
  /// The folder holding the bundle folder, removed with this value.
  private let parent: TemporaryFolder
  let url: URL

  static var fixtures: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  /// A copy of `Fixtures/<fixture>`, or an empty folder when `fixture` is nil.
  init(copying fixture: String? = "valid") throws {
    parent = try TemporaryFolder()
    url = parent.url.appendingPathComponent("bundle")
    if let fixture {
      try FileManager.default.copyItem(
        at: Self.fixtures.appendingPathComponent(fixture), to: url)
    } else {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
  }

  /// Folder next to the bundle (outside it), for files links may point at.
  var outside: URL { url.deletingLastPathComponent() }

  func write(_ path: String, _ text: String) throws {
    try write(path, Data(text.utf8))
  }

  func write(_ path: String, _ data: Data) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
  }

  /// Replaces the first occurrence of `old` in a file.
  func replace(_ old: String, with new: String, in path: String) throws {
    let text = try read(path)
    let range = try #require(text.range(of: old), "\(old) not found in \(path)")
    try write(path, text.replacingCharacters(in: range, with: new))
  }

  func remove(_ path: String) throws {
    try FileManager.default.removeItem(at: url.appendingPathComponent(path))
  }

  func load() -> LoadResult { BundleLoader.loadWithDiagnostics(from: url) }
  func lint() -> LintReport { BundleLinter.lint(directory: url) }
}

extension [Diagnostic] {
  /// The diagnostic in `file` at `line` whose message contains `fragment`, if any.
  func first(_ file: String, line: Int? = nil, containing fragment: String) -> Diagnostic? {
    first { diagnostic in
      diagnostic.file == file && (line == nil || diagnostic.line == line)
        && diagnostic.message.contains(fragment)
    }
  }
}
