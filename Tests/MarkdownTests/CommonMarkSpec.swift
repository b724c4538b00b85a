import Foundation

/// The examples of the CommonMark spec (`shared/commonmark/spec.txt`), found through the
/// `COMMONMARK_SPEC` environment variable or by walking up from this file to a folder that
/// holds `shared/commonmark/spec.txt`. The spec itself is never copied into the repository.
struct CommonMarkSpec {
  struct Example {
    var number: Int
    var section: String
    var markdown: String
    var html: String
  }

  var examples: [Example]

  static let location: URL? = {
    let fileManager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["COMMONMARK_SPEC"] {
      return fileManager.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
    }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("shared/commonmark/spec.txt")
      if fileManager.fileExists(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return nil
  }()

  /// Whether this run is CI's (`CI` set and not empty, as CI services set it).
  static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

  static func load() throws -> CommonMarkSpec? {
    guard let location else { return nil }
    return CommonMarkSpec(text: try String(contentsOf: location, encoding: .utf8))
  }

  init(text: String) {
    let fence = String(repeating: "`", count: 32)
    var examples: [Example] = []
    var section = ""
    var state = 0  // 0 prose, 1 markdown, 2 html
    var markdown: [Substring] = []
    var html: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      switch state {
      case 0:
        if line == fence + " example" {
          state = 1
          markdown = []
          html = []
        } else if line.hasPrefix("#") {
          section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        }
      case 1:
        if line == "." { state = 2 } else { markdown.append(line) }
      default:
        if line == fence {
          state = 0
          func join(_ lines: [Substring]) -> String {
            lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
          }
          examples.append(
            Example(
              number: examples.count + 1, section: section, markdown: join(markdown),
              html: join(html)))
        } else {
          html.append(line)
        }
      }
    }
    self.examples = examples
  }

  /// Whitespace normalisation in the spirit of the spec's test harness: line endings
  /// unified, whitespace between tags and at either end removed.
  static func normalize(_ html: String) -> String {
    var out = ""
    var pendingSpace = ""
    var lastWasTagEnd = true
    for character in html.replacingOccurrences(of: "\r\n", with: "\n") {
      if character == "\n" || character == " " || character == "\t" {
        pendingSpace.append(character)
        continue
      }
      if !pendingSpace.isEmpty {
        if !(lastWasTagEnd && character == "<") { out += pendingSpace }
        pendingSpace = ""
      }
      out.append(character)
      lastWasTagEnd = character == ">"
    }
    return out
  }
}
