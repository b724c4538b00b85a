/// One problem found in a bundle, pointing at the place to fix.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable { case error, warning }

  /// Path relative to the bundle folder (or as given, for a file outside any bundle).
  public var file: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  /// What is wrong and what to do about it, in one or two sentences.
  public var message: String

  public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  /// `file:line:column: error|warning: message`
  public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}
