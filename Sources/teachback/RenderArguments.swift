import Shell

/// `teachback render`'s options, read without ArgumentParser when they are plain
/// (`PlainArguments`): `--to`, `--width` and `--color`, and at most one file (not starting with
/// `-`). Anything else is left to `RenderCommand.parse`, for its usual help and messages.
struct RenderArguments: Equatable {
  var output: RenderCommand.Output = .terminal
  var width: Int?
  var color: LaunchOptions.ColorChoice = .auto
  var file: String?

  init() {}

  /// Nil unless every argument is one of the plain forms above.
  init?(plain arguments: [String]) {
    guard let plain = PlainArguments(arguments), plain.words.count <= 1 else { return nil }
    file = plain.words.first
    for option in plain.values {
      switch option.name {
      case "--to":
        guard let output = RenderCommand.Output(rawValue: option.value) else { return nil }
        self.output = output
      case "--width":
        guard let width = Int(option.value) else { return nil }
        self.width = width
      case "--color":
        guard let color = LaunchOptions.ColorChoice(rawValue: option.value) else { return nil }
        self.color = color
      default: return nil
      }
    }
  }
}
