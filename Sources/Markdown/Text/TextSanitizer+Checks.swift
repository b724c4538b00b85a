/// The character table for modules that keep or refuse text rather than show it: the store
/// (names, answers, notes), the content loader and the reports all ask the same table that
/// `sanitize` uses.
extension TextSanitizer {
  /// Whether `scalar` may never reach output: C0 controls (newline and tab included), DEL, C1
  /// controls, the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and
  /// the direction marks U+200E, U+200F and U+061C.
  ///
  /// `sanitize` keeps newline and turns tab into spaces; a one-line value keeps neither.
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    isForbidden(scalar.value)
  }

  /// Whether any scalar of `text` is forbidden, newline and tab included: for values that must
  /// be one clean line, such as a learner's or an educator's name.
  public static func containsForbidden(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { isForbidden($0.value) }
  }

  /// `text` without its forbidden scalars, newline and tab included (they are dropped, not
  /// turned into spaces; `sanitize` keeps line breaks instead). Returned as it is when clean.
  public static func removingForbidden(_ text: String) -> String {
    guard containsForbidden(text) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0.value) }))
  }
}
