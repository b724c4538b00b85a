/// Parses one YAML text from a bundle, turning a syntax error into a diagnostic. Every YAML
/// text of a bundle (the manifest, topic front matter, questions) is read here, so this is
/// where a text holding a control or text-direction character is refused
/// (`ControlCharacterCheck`): such a text never reaches `Topic.title` and friends.
enum YAMLDocument {
  /// - Parameters:
  ///   - lineOffset: added to YAML line numbers (front matter starts below line 1).
  /// - Returns: the root node, or nil when the text holds none or after recording why it could
  ///   not be read in `diagnostics`. A text with a forbidden character is recorded as an error
  ///   and the node still returned, so the file's other mistakes are reported in the same pass.
  static func parse(
    _ text: String, file: String, lineOffset: Int = 0, diagnostics: inout [Diagnostic]
  ) -> YAMLNode? {
    do {
      let root = try YAMLParser.parse(text)
      if let root {
        ControlCharacterCheck.check(
          root, file: file, lineOffset: lineOffset, diagnostics: &diagnostics)
      }
      return root
    } catch {
      diagnostics.append(
        Diagnostic(
          file: file, line: error.line + lineOffset, column: error.column, severity: .error,
          message: error.message))
      return nil
    }
  }
}
