/// The styles a run of terminal text can carry; `TerminalTheme` maps them to SGR codes.
public struct TextStyle: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static let emphasis = TextStyle(rawValue: 1 << 0)
  public static let strong = TextStyle(rawValue: 1 << 1)
  public static let code = TextStyle(rawValue: 1 << 2)
  public static let strikethrough = TextStyle(rawValue: 1 << 3)
  public static let link = TextStyle(rawValue: 1 << 4)
  public static let linkURL = TextStyle(rawValue: 1 << 5)
  public static let heading1 = TextStyle(rawValue: 1 << 6)
  public static let heading2 = TextStyle(rawValue: 1 << 7)
  public static let heading = TextStyle(rawValue: 1 << 8)
  public static let calloutLabel = TextStyle(rawValue: 1 << 9)
  public static let frame = TextStyle(rawValue: 1 << 10)
  public static let calloutFrame = TextStyle(rawValue: 1 << 11)
  public static let done = TextStyle(rawValue: 1 << 12)
  public static let tableHeader = TextStyle(rawValue: 1 << 13)
  public static let marker = TextStyle(rawValue: 1 << 14)
}
