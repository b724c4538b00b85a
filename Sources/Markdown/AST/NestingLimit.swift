/// A place where the source nests deeper than the engine follows. The rest renders as text
/// (so hostile input stays bounded); the document records where, so lint can tell the author.
public struct NestingLimit: Sendable, Hashable, CustomStringConvertible {
  /// Which kind of nesting went too deep.
  public enum Kind: Sendable, Hashable {
    /// Block quotes inside block quotes (or list items) past `NestingLimit.blocks` levels.
    case blockQuote
    /// Lists inside lists past `NestingLimit.blocks / 2` levels (a list and its item are two).
    case list
    /// Emphasis, links and other inline markup past `NestingLimit.inlines` levels.
    case inline
  }

  /// Container blocks (quotes, lists, list items) nested deeper are not opened.
  public static let blocks = 48
  /// Inline markup nested deeper is kept as its text.
  public static let inlines = 32

  /// What nested too deep.
  public var kind: Kind
  /// 1-based line in the document's source.
  public var line: Int

  /// A record of `kind` nesting past its limit at `line`.
  public init(kind: Kind, line: Int) {
    self.kind = kind
    self.line = line
  }

  /// The kind and line, for messages (`list nesting limit at line 12`).
  public var description: String { "\(kind) nesting limit at line \(line)" }
}
