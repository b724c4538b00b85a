import Yams

/// Parses one YAML text from a bundle into a Yams node tree, refusing what an untrusted file
/// could use to exhaust the loader: anchors and aliases, nesting deeper than `maximumDepth`,
/// and more nodes than the text could hold without aliases.
enum YAMLDocument {
  static let maximumDepth = 32

  /// - Parameters:
  ///   - lineOffset: added to YAML line numbers (front matter starts below line 1).
  /// - Returns: the root node, or nil after recording why in `diagnostics`.
  static func parse(
    _ text: String, file: String, lineOffset: Int = 0, diagnostics: inout [Diagnostic]
  ) -> Node? {
    if let finding = YAMLAliasScanner.firstFinding(in: text) {
      let what = finding.kind == .anchor ? "a YAML anchor (`&name`)" : "a YAML alias (`*name`)"
      diagnostics.append(
        Diagnostic(
          file: file, line: finding.line + lineOffset, column: finding.column, severity: .error,
          message: "\(what) is not allowed in a bundle; write the value out in full, "
            + "or put the text in quotes if the `&` or `*` is part of it"))
      return nil
    }
    let root: Node?
    do {
      // No implicit tag resolution: every scalar is read as its text (the readers parse numbers
      // and booleans themselves), and Yams' default resolver runs regular expressions on every
      // mapping key while checking for duplicates, which dominated loading time. The encoding is
      // given because the default one reads the environment on every call.
      root = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      diagnostics.append(diagnostic(for: error, file: file, lineOffset: lineOffset))
      return nil
    } catch {
      diagnostics.append(
        Diagnostic(
          file: file, line: 1 + lineOffset, column: 1, severity: .error,
          message: "the YAML could not be read (\(Quoting.excerpt("\(error)", limit: 120)))"))
      return nil
    }
    guard let root else { return nil }
    var budget = 2 * text.utf8.count + 16
    if let problem = checkBounds(root, depth: 1, budget: &budget) {
      diagnostics.append(
        Diagnostic(
          file: file, line: (problem.node.mark?.line ?? 1) + lineOffset,
          column: problem.node.mark?.column ?? 1, severity: .error, message: problem.message))
      return nil
    }
    return root
  }

  private struct BoundsProblem {
    var node: Node
    var message: String
  }

  private static func checkBounds(_ node: Node, depth: Int, budget: inout Int) -> BoundsProblem? {
    budget -= 1
    if budget < 0 {
      return BoundsProblem(
        node: node,
        message:
          "the YAML expands to more values than the file holds; remove aliases and merge keys")
    }
    if depth > maximumDepth {
      return BoundsProblem(
        node: node,
        message: "values are nested more than \(maximumDepth) levels deep; a bundle never needs "
          + "that many, so flatten the lists or mappings")
    }
    switch node {
    case .scalar, .alias: return nil
    case .sequence(let sequence):
      for child in sequence {
        if let problem = checkBounds(child, depth: depth + 1, budget: &budget) { return problem }
      }
    case .mapping(let mapping):
      for (key, value) in mapping {
        if let problem = checkBounds(key, depth: depth + 1, budget: &budget) { return problem }
        if let problem = checkBounds(value, depth: depth + 1, budget: &budget) { return problem }
      }
    }
    return nil
  }

  private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic
  {
    func make(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
      Diagnostic(
        file: file, line: max(1, line) + lineOffset, column: max(1, column), severity: .error,
        message: message)
    }
    let advice = "check the indentation, colons, dashes and quotes on this line and the one above"
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if problem.contains("Maximum nesting level") {
        return make(
          mark.line, mark.column,
          "values are nested more than \(maximumDepth) levels deep; flatten the lists or mappings")
      }
      if problem.contains("tab") {
        return make(
          mark.line, mark.column, "YAML syntax error: \(problem); indent with spaces, not tabs")
      }
      if problem.contains("cannot start any token") {
        return make(
          mark.line, mark.column,
          "YAML syntax error: \(problem); put text that starts with `@`, `` ` `` or `%` in quotes")
      }
      let during = context.map { " (\($0.text))" } ?? ""
      return make(mark.line, mark.column, "YAML syntax error: \(problem)\(during); \(advice)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "`\(Quoting.excerpt($0, limit: 30))`" }.joined(separator: ", ")
      return make(
        context.mark.line, context.mark.column,
        "\(keys) appears more than once in the same mapping; keep only one")
    case .reader(let problem, let offset, let value, let yaml):
      var line = 1
      var column = 1
      if let offset {
        for character in yaml.prefix(offset) {
          if character == "\n" {
            line += 1
            column = 1
          } else {
            column += 1
          }
        }
      }
      let character = value >= 0 ? " (U+\(String(value, radix: 16, uppercase: true)))" : ""
      return make(line, column, "\(problem)\(character); remove the character or replace it")
    default:
      return make(1, 1, "the YAML could not be read (\(Quoting.excerpt("\(error)", limit: 120)))")
    }
  }
}
