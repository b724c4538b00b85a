/// A value read from a bundle's YAML: a text, a list or a mapping, with where it starts.
struct YAMLNode: Equatable, Sendable {
  enum Content: Equatable, Sendable {
    case scalar(String, YAMLScalarStyle)
    case sequence([YAMLNode])
    case mapping([YAMLPair])
  }

  var content: Content
  /// 1-based line and column (in Unicode scalars) of the value's first character; an empty value
  /// is placed just after its `:` or `-`.
  var line: Int
  var column: Int

  /// A scalar's text, whatever its style.
  var text: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }
}

struct YAMLPair: Equatable, Sendable {
  var key: YAMLNode
  var value: YAMLNode
}

/// How a scalar was written; only plain scalars can be null (`~`, `null`, or nothing).
enum YAMLScalarStyle: Equatable, Sendable {
  case plain, singleQuoted, doubleQuoted, literal, folded
}

/// Why a YAML text could not be read, said for the person who wrote it.
struct YAMLSyntaxError: Error, Equatable, Sendable {
  /// 1-based line and column (in Unicode scalars) of the mistake.
  var line: Int
  var column: Int
  var message: String
}
