import Testing

extension Tag {
  /// A test that takes more than a few seconds (real processes, timeouts), so a quick local
  /// run can leave it out by name; CI runs every test.
  @Tag static var slow: Self
}
