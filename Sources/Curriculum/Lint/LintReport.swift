import Markdown

/// The outcome of linting a bundle, and its two printed forms.
public struct LintReport: Sendable {
  /// Sorted by file, line and column.
  public var diagnostics: [Diagnostic]
  public var fileCount: Int

  public init(diagnostics: [Diagnostic], fileCount: Int) {
    self.diagnostics = diagnostics
    self.fileCount = fileCount
  }

  public var errorCount: Int { diagnostics.count { $0.severity == .error } }
  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
  public var hasErrors: Bool { errorCount > 0 }

  /// "2 errors, 1 warning in 31 files"
  public var summary: String {
    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    return "\(count(errorCount, "error")), \(count(warningCount, "warning")) in "
      + count(fileCount, "file")
  }

  /// One `file:line:column: severity: message` line per diagnostic, then the summary.
  public func text(prefix: String = "") -> String {
    let lines = diagnostics.map { TextSanitizer.sanitize(prefix + $0.description) }
    return (lines + [summary]).joined(separator: "\n") + "\n"
  }

  /// A JSON array of `{"file", "line", "column", "severity", "message"}` objects.
  public func json() -> String {
    let objects = diagnostics.map { diagnostic in
      "  {\"file\": \(Self.jsonString(diagnostic.file)), \"line\": \(diagnostic.line), "
        + "\"column\": \(diagnostic.column), "
        + "\"severity\": \(Self.jsonString(diagnostic.severity.rawValue)), "
        + "\"message\": \(Self.jsonString(diagnostic.message))}"
    }
    return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  static func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
