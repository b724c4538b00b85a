import Markdown

/// The outcome of linting a bundle, and its two printed forms.
package struct LintReport: Sendable {
  /// Sorted by file, line and column.
  package var diagnostics: [Diagnostic]
  package var fileCount: Int

  package init(diagnostics: [Diagnostic], fileCount: Int) {
    self.diagnostics = diagnostics
    self.fileCount = fileCount
  }

  package var errorCount: Int { diagnostics.count { $0.severity == .error } }
  package var warningCount: Int { diagnostics.count { $0.severity == .warning } }
  package var hasErrors: Bool { errorCount > 0 }

  /// "2 errors, 1 warning in 31 files"
  package var summary: String {
    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    return "\(count(errorCount, "error")), \(count(warningCount, "warning")) in "
      + count(fileCount, "file")
  }

  /// One `file:line:column: severity: message` line per diagnostic, then the summary.
  package func text(prefix: String = "") -> String {
    let lines = diagnostics.map { TextSanitizer.sanitize(prefix + $0.description) }
    return (lines + [summary]).joined(separator: "\n") + "\n"
  }

  /// A JSON array of `{"file", "line", "column", "severity", "message"}` objects.
  package func json() -> String {
    let objects = diagnostics.map { diagnostic in
      "  {\"file\": \(JSONText.quote(diagnostic.file)), \"line\": \(diagnostic.line), "
        + "\"column\": \(diagnostic.column), "
        + "\"severity\": \(JSONText.quote(diagnostic.severity.rawValue)), "
        + "\"message\": \(JSONText.quote(diagnostic.message))}"
    }
    return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }
}
