/// A command line read without ArgumentParser, when it is plain: options as `--name value` or
/// `--name=value` (each name at most once, no value starting with `-`), the flags named, and
/// words that do not start with `-`. Building the parser's tables costs about 3 ms of start-up
/// (a type look-up for every option of every command), so the shell and `render` read plain
/// lines with this, and leave anything else (help, a mistake, `-` or `--`) to ArgumentParser
/// for its usual help and messages.
struct PlainArguments {
  struct Value {
    var name: Substring
    var value: String
  }

  private(set) var values: [Value] = []
  private(set) var flags: [String] = []
  private(set) var words: [String] = []

  /// Nil unless every argument is one of the plain forms above.
  init?(_ arguments: [String], flags flagNames: [String] = []) {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("-") else {
        words.append(argument)
        continue
      }
      guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
      if flagNames.contains(argument) {
        guard !flags.contains(argument) else { return nil }
        flags.append(argument)
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
      guard !values.contains(where: { $0.name == name }) else { return nil }
      values.append(Value(name: name, value: value))
    }
  }
}
