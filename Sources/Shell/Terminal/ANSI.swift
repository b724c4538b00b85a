/// The escape codes the shell itself writes. Nothing from content or input is ever written
/// through here unsanitised.
enum ANSI {
  static let reset = "\u{1B}[0m"
  static let bold = "\u{1B}[1m"
  static let dim = "\u{1B}[2m"
  static let italic = "\u{1B}[3m"
  static let underline = "\u{1B}[4m"
  static let reverse = "\u{1B}[7m"
  static let red = "\u{1B}[31m"
  static let green = "\u{1B}[32m"
  static let yellow = "\u{1B}[33m"
  static let cyan = "\u{1B}[36m"
  static let clearScreen = "\u{1B}[H\u{1B}[2J"
}

/// Styling for the shell's own words (prompts, lists, messages), following the output style.
struct Styler {
  var style: OutputStyle

  func bold(_ text: String) -> String { wrap(text, ANSI.bold) }
  func dim(_ text: String) -> String { wrap(text, ANSI.dim) }
  func highlight(_ text: String) -> String { wrap(text, ANSI.bold + ANSI.yellow) }
  func success(_ text: String) -> String { wrap(text, ANSI.green) }
  func warning(_ text: String) -> String { wrap(text, ANSI.bold + ANSI.red) }
  func accent(_ text: String) -> String { wrap(text, ANSI.cyan) }

  private func wrap(_ text: String, _ code: String) -> String {
    style.usesColor ? code + text + ANSI.reset : text
  }
}
