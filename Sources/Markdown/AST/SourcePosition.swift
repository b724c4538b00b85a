/// Where a block starts in its source: 1-based line, and 1-based column counted in
/// Unicode scalars (tabs count as one), so lint can point at it.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, counted in Unicode scalars.
  public var column: Int

  /// A position at `line` and `column`, both 1-based.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, such as `12:3`.
  public var description: String { "\(line):\(column)" }
}
