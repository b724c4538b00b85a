import Shell

/// `teachback render`'s options, read without ArgumentParser when they are a plain run of
/// `--to`, `--width` and `--color` (each at most once, as `--name value` or `--name=value`)
/// and at most one file: building the parser's tables costs about 2 ms, a twentieth of
/// rendering a whole megabyte. Anything else (help, a mistake, `-` or `--`, a file whose name
/// starts with `-`) is left to `RenderCommand.parse`, for its usual help and messages.
struct RenderArguments: Equatable {
  var output: RenderCommand.Output = .terminal
  var width: Int?
  var color: LaunchOptions.ColorChoice = .auto
  var file: String?

  init() {}

  /// Nil unless every argument is one of the plain forms above.
  init?(plain arguments: [String]) {
    // Names seen so far, by `case` below (a set of strings costs a type look-up at start-up).
    var given = (output: false, width: false, color: false)
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("-") else {
        guard file == nil else { return nil }
        file = argument
        continue
      }
      let name: Substring
      let value: String
      if let equals = argument.firstIndex(of: "=") {
        name = argument[..<equals]
        value = String(argument[argument.index(after: equals)...])
      } else {
        guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
        name = argument[...]
        value = arguments[index]
        index += 1
      }
      switch name {
      case "--to":
        guard !given.output, let output = RenderCommand.Output(rawValue: value) else { return nil }
        self.output = output
        given.output = true
      case "--width":
        guard !given.width, let width = Int(value) else { return nil }
        self.width = width
        given.width = true
      case "--color":
        guard !given.color, let color = LaunchOptions.ColorChoice(rawValue: value) else {
          return nil
        }
        self.color = color
        given.color = true
      default: return nil
      }
    }
  }
}
