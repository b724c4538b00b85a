/// Writes styled text as escape sequences when colour is on, and as bare text otherwise.
/// Every line it produces ends with all styles reset, so prefixes and frames never inherit
/// a style.
struct StyleWriter {
  /// Escape sequences by style, computed once per render.
  private final class Cache {
    var sequences: [UInt16: [UInt8]] = [:]
  }

  static let reset: [UInt8] = Array("\u{1B}[0m".utf8)

  let theme: TerminalTheme?
  private let cache = Cache()

  init(theme: TerminalTheme?) { self.theme = theme }

  var usesColor: Bool { theme != nil }

  func sequence(for style: TextStyle) -> [UInt8] {
    guard let theme, !style.isEmpty else { return [] }
    if let cached = cache.sequences[style.rawValue] { return cached }
    let sequence = Array(theme.sequence(for: style).utf8)
    cache.sequences[style.rawValue] = sequence
    return sequence
  }

  /// `text` wrapped in `style` and a reset.
  func styled(_ text: String, _ style: TextStyle) -> String {
    let open = sequence(for: style)
    return open.isEmpty || text.isEmpty
      ? text : String(decoding: open, as: UTF8.self) + text + "\u{1B}[0m"
  }

  /// `text` in the colour of a figure's `role`, and a reset.
  func styled(_ text: String, figureRole role: FigureRole) -> String {
    guard let theme, !text.isEmpty else { return text }
    let open = theme.sequence(for: role)
    return open.isEmpty ? text : open + text + "\u{1B}[0m"
  }
}
