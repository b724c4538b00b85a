/// Collects the diagnostics of one file (or one stage) while it is read; not shared across
/// threads: each file gets its own log, merged afterwards.
final class DiagnosticLog {
  private(set) var diagnostics: [Diagnostic] = []

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
  func append(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }

  func error(_ file: String, _ location: SourceLocation, _ message: String) {
    diagnostics.append(
      Diagnostic(
        file: file, line: location.line, column: location.column, severity: .error,
        message: message))
  }

  func warning(_ file: String, _ location: SourceLocation, _ message: String) {
    diagnostics.append(
      Diagnostic(
        file: file, line: location.line, column: location.column, severity: .warning,
        message: message))
  }
}

/// A 1-based line and column in a bundle file.
struct SourceLocation: Hashable, Sendable {
  var line: Int
  var column: Int

  static let start = SourceLocation(line: 1, column: 1)
}
