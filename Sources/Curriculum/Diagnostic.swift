/// One problem found in a bundle, pointing at the place to fix.
package struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  package enum Severity: String, Sendable, Hashable { case error, warning }

  /// Path relative to the bundle folder (or as given, for a file outside any bundle).
  package var file: String
  package var line: Int
  package var column: Int
  package var severity: Severity
  /// What is wrong and what to do about it, in one or two sentences.
  package var message: String

  package init(file: String, line: Int, column: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  /// `file:line:column: error|warning: message`
  package var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}
