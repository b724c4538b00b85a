import Curriculum
import Shell

extension LaunchOptions {
  /// The widths `--width` takes.
  static let allowedWidths = 20...1000

  /// The shell's options read without ArgumentParser when they are plain (`PlainArguments`):
  /// `--content`, `--store`, `--learner`, `--width`, `--color`, `--lang` and `--plain`, and no
  /// command.
  /// So `teachback --store FILE --color never` opens the shell as fast as `teachback` alone.
  init?(plainArguments arguments: [String]) {
    guard let plain = PlainArguments(arguments, flags: ["--plain"]), plain.words.isEmpty else {
      return nil
    }
    self.init(plain: !plain.flags.isEmpty)
    for option in plain.values {
      switch option.name {
      case "--content": contentDirectory = option.value
      case "--store": storePath = option.value
      case "--learner": learnerName = option.value
      case "--width":
        guard let width = Int(option.value), Self.allowedWidths.contains(width) else { return nil }
        self.width = width
      case "--lang":
        guard let language = Language(argument: option.value) else { return nil }
        self.language = language
      case "--color":
        guard let color = ColorChoice(rawValue: option.value) else { return nil }
        self.color = color
      default: return nil
      }
    }
  }
}
