/// How `TerminalRenderer` styles text when colour is on: one SGR parameter list per style.
/// Styles combine (bold inside a link inside a heading), so each entry should set only what
/// it means.
public struct TerminalTheme: Sendable, Hashable {
  /// The SGR parameter list for each style, such as `"1;36"`; a style with none adds nothing.
  public var codes: [TextStyle: String]
  /// The SGR parameter list for the lines of each role in a figure's drawing.
  public var figureCodes: [FigureRole: String]

  /// A theme with the given codes.
  public init(
    codes: [TextStyle: String], figureCodes: [FigureRole: String] = TerminalTheme.figureColors
  ) {
    self.codes = codes
    self.figureCodes = figureCodes
  }

  /// One colour for each part of a drawing, distinct on dark and light screens alike.
  public static let figureColors: [FigureRole: String] = [
    .outline: "",
    .skin: "33",
    .bone: "37",
    .vein: "34",
    .device: "36",
    .septum: "1;36",
    .catheter: "35",
    .needle: "1",
    .dressing: "32",
    .concern: "31",
  ]

  /// Calm defaults: bold and one accent colour for headings, italic emphasis, a quiet code
  /// colour, dim frames, and a warm yellow reserved for call-outs.
  public static let standard = TerminalTheme(codes: [
    .emphasis: "3",
    .strong: "1",
    .code: "36",
    .strikethrough: "9",
    .link: "4;34",
    .linkURL: "2",
    .heading1: "1;4;36",
    .heading2: "1;36",
    .heading: "1",
    .calloutLabel: "1;33",
    .frame: "2",
    .calloutFrame: "33",
    .done: "32",
    .tableHeader: "1",
    .marker: "36",
  ])

  /// The escape sequence that switches to the colour of a figure's `role` (from no style).
  func sequence(for role: FigureRole) -> String {
    guard let code = figureCodes[role], !code.isEmpty,
      code.unicodeScalars.allSatisfy({ $0 == ";" || ("0"..."9").contains($0) })
    else { return "" }
    return "\u{1B}[" + code + "m"
  }

  /// The escape sequence that switches to `style` (from no style).
  func sequence(for style: TextStyle) -> String {
    guard !style.isEmpty else { return "" }
    var parameters: [String] = []
    var remaining = style.rawValue
    var bit: UInt16 = 1
    while remaining != 0 {
      if remaining & bit != 0 {
        if let code = codes[TextStyle(rawValue: bit)], !code.isEmpty { parameters.append(code) }
        remaining &= ~bit
      }
      bit <<= 1
    }
    guard !parameters.isEmpty else { return "" }
    let valid = parameters.joined(separator: ";").unicodeScalars.allSatisfy {
      $0 == ";" || ("0"..."9").contains($0)
    }
    return valid ? "\u{1B}[" + parameters.joined(separator: ";") + "m" : ""
  }
}
