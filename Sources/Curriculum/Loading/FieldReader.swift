/// Reads the fields of one YAML mapping (the manifest, a path, a question…), recording a
/// diagnostic with file and line for each field that is missing, empty or of the wrong type.
struct FieldReader {
  let file: String
  let lineOffset: Int
  let log: DiagnosticLog
  /// Where the mapping starts: missing fields are reported here.
  let location: SourceLocation
  /// What the mapping is, for messages ("question", "path").
  let what: String
  /// The fields in file order (a mapping has a dozen at most, so lists beat hashing); names are
  /// searched apart from the nodes, since copying a Yams node is not cheap.
  private let names: [String]
  private let keys: [YAMLNode]
  private let values: [YAMLNode]

  /// Nil (with an error recorded) when `node` is not a mapping.
  init?(
    _ node: YAMLNode, file: String, lineOffset: Int, what: String, expected: String,
    log: DiagnosticLog
  ) {
    self.file = file
    self.lineOffset = lineOffset
    self.log = log
    self.what = what
    self.location = Self.location(of: node, lineOffset: lineOffset)
    guard case .mapping(let mapping) = node.content else {
      log.error(
        file, location,
        "\(what) should be a mapping of fields (\(expected)), not \(Self.kind(node))")
      return nil
    }
    var names: [String] = []
    var keys: [YAMLNode] = []
    var values: [YAMLNode] = []
    names.reserveCapacity(mapping.count)
    keys.reserveCapacity(mapping.count)
    values.reserveCapacity(mapping.count)
    for pair in mapping {
      let key = pair.key
      guard let name = key.text else {
        log.error(
          file, Self.location(of: key, lineOffset: lineOffset),
          "field names must be plain words, like `title:`")
        continue
      }
      names.append(name)
      keys.append(key)
      values.append(pair.value)
    }
    self.names = names
    self.keys = keys
    self.values = values
  }

  static func location(of node: YAMLNode, lineOffset: Int) -> SourceLocation {
    SourceLocation(line: node.line + lineOffset, column: node.column)
  }

  static func kind(_ node: YAMLNode) -> String {
    switch node.content {
    case .scalar: return "a single value"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }

  func location(of node: YAMLNode) -> SourceLocation {
    Self.location(of: node, lineOffset: lineOffset)
  }

  /// The location of a field's value, or of the mapping when the field is absent.
  func location(ofField key: String) -> SourceLocation {
    node(key).map { location(of: $0) } ?? location
  }

  func has(_ key: String) -> Bool { names.contains(key) }

  func node(_ key: String) -> YAMLNode? { names.firstIndex(of: key).map { values[$0] } }

  /// A scalar's text; nil for YAML null (`~`, `null`, or nothing after the colon).
  static func scalarText(_ node: YAMLNode) -> String? {
    guard case .scalar(let text, let style) = node.content else { return nil }
    if style == .plain {
      switch text {
      case "", "~", "null", "Null", "NULL": return nil
      default: break
      }
    }
    return text
  }

  /// Whether a text is empty or only white space; most texts start with a letter, which
  /// settles it without looking up Unicode properties.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first < 0x80 { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  // MARK: - Typed fields

  func text(_ key: String, required: Bool = false, hint: String = "") -> String? {
    guard let value = node(key) else {
      if required { missing(key, hint: hint) }
      return nil
    }
    guard case .scalar = value.content else {
      log.error(file, location(of: value), "`\(key)` should be a text, not \(Self.kind(value))")
      return nil
    }
    guard let text = Self.scalarText(value),
      !Self.isBlank(text)
    else {
      if required {
        log.error(
          file, location(of: value), "`\(key)` is empty; \(hint.isEmpty ? "fill it in" : hint)")
      }
      return nil
    }
    return text
  }

  func id(_ key: String, required: Bool = false, hint: String = "") -> String? {
    guard let text = text(key, required: required, hint: hint) else { return nil }
    guard Identifier.isValid(text) else {
      log.error(
        file, location(ofField: key),
        "`\(key)` \(Quoting.quote(text)) is not a valid id; \(Identifier.rule)")
      return nil
    }
    return text
  }

  /// The items of a list of texts, each with its location; nil when absent or not a list.
  func textList(_ key: String, required: Bool = false, hint: String = "") -> [(
    text: String, location: SourceLocation
  )]? {
    guard let value = node(key) else {
      if required { missing(key, hint: hint) }
      return nil
    }
    if case .scalar = value.content, Self.scalarText(value) == nil {
      if required { log.error(file, location(of: value), "`\(key)` is empty; \(hint)") }
      return nil
    }
    guard case .sequence(let sequence) = value.content else {
      log.error(
        file, location(of: value),
        "`\(key)` should be a list of texts, like `[first, second]`, not \(Self.kind(value))")
      return nil
    }
    var items: [(String, SourceLocation)] = []
    for (index, item) in sequence.enumerated() {
      guard case .scalar = item.content, let text = Self.scalarText(item),
        !Self.isBlank(text)
      else {
        let problem = item.text != nil ? "is empty" : "is \(Self.kind(item))"
        log.error(
          file, location(of: item),
          "item \(index + 1) of `\(key)` \(problem); `\(key)` should be a list of texts")
        continue
      }
      items.append((text, location(of: item)))
    }
    return items
  }

  func idList(_ key: String, required: Bool = false, hint: String = "") -> [(
    text: String, location: SourceLocation
  )]? {
    guard let items = textList(key, required: required, hint: hint) else { return nil }
    return items.filter { item in
      guard Identifier.isValid(item.text) else {
        log.error(
          file, item.location,
          "\(Quoting.quote(item.text)) in `\(key)` is not a valid id; \(Identifier.rule)")
        return false
      }
      return true
    }
  }

  func bool(_ key: String) -> Bool? {
    guard let value = node(key) else { return nil }
    guard let parsed = Self.boolValue(value) else {
      log.error(file, location(of: value), "`\(key)` should be `true` or `false`")
      return nil
    }
    return parsed
  }

  static func boolValue(_ node: YAMLNode) -> Bool? {
    guard case .scalar = node.content, let text = scalarText(node) else { return nil }
    switch text.lowercased() {
    case "true": return true
    case "false": return false
    default: return nil
    }
  }

  func number(_ key: String) -> Double? {
    guard let value = node(key) else { return nil }
    guard case .scalar = value.content, let text = Self.scalarText(value),
      let number = Double(text),
      number.isFinite
    else {
      log.error(file, location(of: value), "`\(key)` should be a number, like `8`")
      return nil
    }
    return number
  }

  /// The entries of a list of mappings, each read with its own `FieldReader`.
  func mappings(
    _ key: String, required: Bool = false, what: String, expected: String, hint: String = ""
  )
    -> [FieldReader]?
  {
    guard let value = node(key) else {
      if required { missing(key, hint: hint) }
      return nil
    }
    guard case .sequence(let sequence) = value.content else {
      log.error(
        file, location(of: value),
        "`\(key)` should be a list (each entry starting with `- `), not \(Self.kind(value))")
      return nil
    }
    return sequence.compactMap {
      FieldReader($0, file: file, lineOffset: lineOffset, what: what, expected: expected, log: log)
    }
  }

  /// Warns about fields the format does not know, suggesting the closest known one.
  func warnUnknownFields(known: [String]) {
    reportUnknownFields(known: known, severity: .warning) { key in
      "unknown field `\(key)` in \(what) is ignored"
    }
  }

  /// Refuses fields the format does not know (where an unknown field could be an attempt to
  /// smuggle something in, as in a figure): each is an error, with the closest known field.
  func refuseUnknownFields(known: [String], because reason: String) {
    reportUnknownFields(known: known, severity: .error) { key in
      "`\(key)` is not a field of \(what); \(reason)"
    }
  }

  private func reportUnknownFields(
    known: [String], severity: Diagnostic.Severity, _ lead: (String) -> String
  ) {
    for (index, key) in names.enumerated() where !known.contains(key) {
      var message = lead(Quoting.excerpt(key, limit: 40))
      if let suggestion = EditDistance.closest(to: key, among: known) {
        message += "; did you mean `\(suggestion)`?"
      } else {
        message += "; the fields are \(known.map { "`\($0)`" }.joined(separator: ", "))"
      }
      let place = location(of: keys[index])
      log.append(
        Diagnostic(
          file: file, line: place.line, column: place.column, severity: severity,
          message: message))
    }
  }

  private func missing(_ key: String, hint: String) {
    log.error(
      file, location,
      "\(what) has no `\(key)`" + (hint.isEmpty ? "; add it" : "; add `\(key):` with \(hint)"))
  }
}
