import BuiltInContent

/// What `teachback --version` prints: the program's version and the content built into it.
enum ProgramVersion {
  /// Teachback's own version, raised with each release.
  static let number = "0.9.0"

  static var text: String {
    "teachback \(number)\ncontent: \(BuiltInBundle.id) \(BuiltInBundle.version) (built in)"
  }
}
