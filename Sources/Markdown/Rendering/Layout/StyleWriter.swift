/// Writes styled text as escape sequences when colour is on, and as bare text otherwise.
/// Every line it produces ends with all styles reset, so prefixes and frames never inherit
/// a style.
struct StyleWriter {
  let theme: TerminalTheme?
  private var cache: [UInt16: String] = [:]

  init(theme: TerminalTheme?) { self.theme = theme }

  mutating func sequence(for style: TextStyle) -> String {
    guard let theme, !style.isEmpty else { return "" }
    if let cached = cache[style.rawValue] { return cached }
    let sequence = theme.sequence(for: style)
    cache[style.rawValue] = sequence
    return sequence
  }

  /// `text` wrapped in `style` and a reset.
  mutating func styled(_ text: String, _ style: TextStyle) -> String {
    let open = sequence(for: style)
    return open.isEmpty ? text : open + text + "\u{1B}[0m"
  }
}
