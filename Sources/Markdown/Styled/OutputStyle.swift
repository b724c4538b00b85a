/// How output is decorated: colour and box drawing for a terminal, none of either for
/// screen readers and scripts.
public enum OutputStyle: Sendable, Equatable {
  /// ANSI colours and box drawing.
  case color
  /// Box drawing but no escape codes (a terminal with colour turned off, or a pipe).
  case monochrome
  /// Neither escape codes nor box drawing, and no colour-only cues (screen readers, scripts).
  case plain

  /// Whether escape codes are written (only for `color`).
  public var usesColor: Bool { self == .color }
  /// Whether box drawing and colour-only cues are left out.
  public var isPlain: Bool { self == .plain }
}
