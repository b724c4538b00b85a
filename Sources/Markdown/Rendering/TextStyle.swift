/// The styles a run of terminal text can carry; `TerminalTheme` maps them to SGR codes.
public struct TextStyle: OptionSet, Sendable, Hashable {
  /// One bit per style.
  public let rawValue: UInt16
  /// The styles whose bits are set in `rawValue`.
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// Emphasised text (`*text*`).
  public static let emphasis = TextStyle(rawValue: 1 << 0)
  /// Strong text (`**text**`).
  public static let strong = TextStyle(rawValue: 1 << 1)
  /// Code spans and code blocks.
  public static let code = TextStyle(rawValue: 1 << 2)
  /// Struck-through text (`~~text~~`).
  public static let strikethrough = TextStyle(rawValue: 1 << 3)
  /// A link's text.
  public static let link = TextStyle(rawValue: 1 << 4)
  /// A link's address shown after its text, and the label around an image's description.
  public static let linkURL = TextStyle(rawValue: 1 << 5)
  /// The text of a level-1 heading.
  public static let heading1 = TextStyle(rawValue: 1 << 6)
  /// The text of a level-2 heading.
  public static let heading2 = TextStyle(rawValue: 1 << 7)
  /// The text of headings at levels 3 to 6.
  public static let heading = TextStyle(rawValue: 1 << 8)
  /// The bold label that opens a call-out.
  public static let calloutLabel = TextStyle(rawValue: 1 << 9)
  /// Rules, quote bars, table borders and the mark on wrapped code lines.
  public static let frame = TextStyle(rawValue: 1 << 10)
  /// The box around a call-out.
  public static let calloutFrame = TextStyle(rawValue: 1 << 11)
  /// The box of a checked task item.
  public static let done = TextStyle(rawValue: 1 << 12)
  /// A table's header cells.
  public static let tableHeader = TextStyle(rawValue: 1 << 13)
  /// List markers, footnote references and note numbers.
  public static let marker = TextStyle(rawValue: 1 << 14)
}
