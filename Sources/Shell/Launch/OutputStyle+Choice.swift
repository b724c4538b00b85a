import Foundation
import Markdown

extension OutputStyle {
  /// The style for an output: plain when asked; colour only on a terminal, unless `NO_COLOR` is
  /// set to anything but the empty string (no-color.org) or `TERM` is `dumb`; `always` and
  /// `never` as asked.
  package static func choose(
    _ color: LaunchOptions.ColorChoice, plain: Bool, isTerminal: Bool,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> OutputStyle {
    if plain { return .plain }
    switch color {
    case .always: return .color
    case .never: return .monochrome
    case .auto:
      let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      let dumb = environment["TERM"] == "dumb"
      return isTerminal && !noColor && !dumb ? .color : .monochrome
    }
  }
}
