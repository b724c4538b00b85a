/// Where a block starts in its source: 1-based line, and 1-based column counted in
/// Unicode scalars (tabs count as one), so lint can point at it.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}
