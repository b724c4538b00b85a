/// The bundle's id rule: lowercase words of letters and digits joined by single hyphens
/// (`what-is-a-port`). Ids name files, so the rule also keeps every path inside the bundle.
enum Identifier {
  static let maximumLength = 80

  static func isValid(_ text: some StringProtocol) -> Bool {
    guard !text.isEmpty, text.utf8.count <= maximumLength else { return false }
    var previousWasHyphen = true
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        previousWasHyphen = false
      case UInt8(ascii: "-"):
        if previousWasHyphen { return false }
        previousWasHyphen = true
      default:
        return false
      }
    }
    return !previousWasHyphen
  }

  /// The advice that follows an invalid id in a message.
  static let rule =
    "use lowercase words of letters and digits joined by hyphens, like `monthly-flush`"
}
