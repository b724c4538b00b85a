/// Parses one YAML text from a bundle, turning a syntax error into a diagnostic.
enum YAMLDocument {
  /// - Parameters:
  ///   - lineOffset: added to YAML line numbers (front matter starts below line 1).
  /// - Returns: the root node, or nil when the text holds none or after recording why it could
  ///   not be read in `diagnostics`.
  static func parse(
    _ text: String, file: String, lineOffset: Int = 0, diagnostics: inout [Diagnostic]
  ) -> YAMLNode? {
    do {
      return try YAMLParser.parse(text)
    } catch {
      diagnostics.append(
        Diagnostic(
          file: file, line: error.line + lineOffset, column: error.column, severity: .error,
          message: error.message))
      return nil
    }
  }
}
