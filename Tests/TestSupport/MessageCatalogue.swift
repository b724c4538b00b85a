import Foundation

// The message catalogues (`Catalogues/<language>.messages` in a target) and the Swift they
// become. This file uses nothing but Foundation, so `scripts/generate-messages.sh` compiles it
// alone; `MessageCatalogueTests` use it to check the catalogues and the generated file.

/// One language's catalogue: messages by key, in the order written.
///
/// The format, a line at a time:
///
///     # A comment.
///     firstRunHello = Hello, {name}. Your progress is saved on this computer.
///     reviewsDue.one = {count} question is due
///     reviewsDue.other = {count} questions are due
///     helpDetails = The first line,
///         | and a second one.
///
/// A key is a Swift name. `{name}` is a placeholder (`\{` and `\}` are braces, `\\` a
/// backslash, `\n` a new line); `{count}` is a number, and a key with `.one` and `.other`
/// variants picks one by it, as the language's plural rule says (it need not be shown). A value in double quotes
/// keeps spaces at its ends. A line starting with spaces and `|` continues the value above on
/// a new line.
public struct MessageCatalogue: Sendable, Equatable {
  /// A piece of a message's text.
  public enum Piece: Sendable, Equatable {
    case text(String)
    case placeholder(String)
  }

  /// One message: its text, or its texts by plural category (`one`, `other`).
  public struct Message: Sendable, Equatable {
    public var key: String
    public var variants: [String: [Piece]]
    /// Where it was written, for problems.
    public var line: Int

    /// Every placeholder, in the order they first appear (the `other` variant first). A
    /// plural message always takes `count`, even when its text does not show it.
    public var placeholders: [String] {
      var names: [String] = []
      if isPlural { names.append("count") }
      for category in variants.keys.sorted(by: Self.categoryOrder) {
        for case .placeholder(let name) in variants[category] ?? [] where !names.contains(name) {
          names.append(name)
        }
      }
      return names
    }

    public var isPlural: Bool { variants[""] == nil }

    static func categoryOrder(_ left: String, _ right: String) -> Bool {
      let order = ["", "other", "one", "zero", "two", "few", "many"]
      return (order.firstIndex(of: left) ?? 99) < (order.firstIndex(of: right) ?? 99)
    }
  }

  /// The plural categories this program's languages use (CLDR: English and Spanish need
  /// `one` and `other` for whole numbers).
  public static let pluralCategories = ["one", "other"]

  public var language: String
  public var messages: [Message]

  public init(language: String, messages: [Message]) {
    self.language = language
    self.messages = messages
  }

  /// A problem in a catalogue file, at its line.
  public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
  }

  /// Reads a catalogue's text; `file` names it in problems.
  public static func parse(_ text: String, language: String, file: String) throws(Problem)
    -> MessageCatalogue
  {
    var messages: [Message] = []
    var rawValues: [(key: String, category: String, value: String, line: Int)] = []
    for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
      let number = index + 1
      let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if line.first == " ", trimmed.hasPrefix("|") {
        guard !rawValues.isEmpty else {
          throw Problem(file: file, line: number, message: "a `|` line continues nothing")
        }
        var rest = trimmed.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        rawValues[rawValues.count - 1].value += "\n" + rest
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw Problem(file: file, line: number, message: "expected `key = text`")
      }
      let name = line[..<equals].trimmingCharacters(in: .whitespaces)
      var value = String(line[line.index(after: equals)...])
      if value.first == " " { value.removeFirst() }
      let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      guard (1...2).contains(parts.count), isSwiftName(parts[0]) else {
        throw Problem(file: file, line: number, message: "`\(name)` is not a key")
      }
      let category = parts.count == 2 ? parts[1] : ""
      if !category.isEmpty, !pluralCategories.contains(category) {
        throw Problem(
          file: file, line: number,
          message: "`.\(category)` is not a plural category (use .one or .other)")
      }
      rawValues.append((parts[0], category, value, number))
    }
    var indexByKey: [String: Int] = [:]
    for raw in rawValues {
      var value = raw.value
      if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
        value = String(value.dropFirst().dropLast())
      }
      let pieces = try pieces(of: value, file: file, line: raw.line)
      if let index = indexByKey[raw.key] {
        if messages[index].variants[raw.category] != nil || raw.category.isEmpty
          || messages[index].variants[""] != nil
        {
          throw Problem(file: file, line: raw.line, message: "`\(raw.key)` is written twice")
        }
        messages[index].variants[raw.category] = pieces
      } else {
        indexByKey[raw.key] = messages.count
        messages.append(Message(key: raw.key, variants: [raw.category: pieces], line: raw.line))
      }
    }
    for message in messages where message.isPlural {
      for category in pluralCategories where message.variants[category] == nil {
        throw Problem(
          file: file, line: message.line, message: "`\(message.key)` has no `.\(category)`")
      }
    }
    return MessageCatalogue(language: language, messages: messages)
  }

  private static func pieces(of value: String, file: String, line: Int) throws(Problem)
    -> [Piece]
  {
    var pieces: [Piece] = []
    var text = ""
    var characters = value.makeIterator()
    while let character = characters.next() {
      switch character {
      case "\\":
        switch characters.next() {
        case "n": text.append("\n")
        case "\\": text.append("\\")
        case "{": text.append("{")
        case "}": text.append("}")
        case let other:
          throw Problem(
            file: file, line: line,
            message: "`\\\(other.map(String.init) ?? "")` is not an escape (\\n \\\\ \\{ \\})")
        }
      case "{":
        var name = ""
        while let next = characters.next(), next != "}" { name.append(next) }
        guard isSwiftName(name) else {
          throw Problem(file: file, line: line, message: "`{\(name)}` is not a placeholder")
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        text = ""
        pieces.append(.placeholder(name))
      case "}":
        throw Problem(file: file, line: line, message: "a `}` closes nothing (write `\\}`)")
      default:
        text.append(character)
      }
    }
    if !text.isEmpty { pieces.append(.text(text)) }
    return pieces
  }

  private static func isSwiftName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first)
    else { return false }
    return name.unicodeScalars.allSatisfy {
      $0.isASCII && CharacterSet.alphanumerics.contains($0)
    }
  }

  // MARK: - Languages that match

  /// What differs between the catalogues: a key in one and not another, placeholders that
  /// differ, a message plural in one and not another. Empty when they match.
  public static func mismatches(_ catalogues: [MessageCatalogue]) -> [String] {
    guard let first = catalogues.first else { return [] }
    var problems: [String] = []
    let firstByKey = Dictionary(
      first.messages.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    for other in catalogues.dropFirst() {
      let otherByKey = Dictionary(
        other.messages.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
      for message in first.messages where otherByKey[message.key] == nil {
        problems.append("`\(message.key)` is in \(first.language) but not in \(other.language)")
      }
      for message in other.messages {
        guard let twin = firstByKey[message.key] else {
          problems.append("`\(message.key)` is in \(other.language) but not in \(first.language)")
          continue
        }
        if Set(twin.placeholders) != Set(message.placeholders) {
          problems.append(
            "`\(message.key)` has {\(twin.placeholders.joined(separator: "} {"))} in "
              + "\(first.language) but {\(message.placeholders.joined(separator: "} {"))} in "
              + "\(other.language)")
        }
        if twin.isPlural != message.isPlural {
          problems.append(
            "`\(message.key)` is plural in \(twin.isPlural ? first.language : other.language) "
              + "only")
        }
      }
    }
    return problems
  }

  // MARK: - Reading the files

  /// The catalogues in `folder` (`en.messages`, `es.messages`), English first.
  public static func load(from folder: URL) throws -> [MessageCatalogue] {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".messages") }
      .sorted { ($0 == "en.messages" ? "" : $0) < ($1 == "en.messages" ? "" : $1) }
    return try files.map { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      return try parse(
        text, language: String(name.dropLast(".messages".count)),
        file: folder.lastPathComponent + "/" + name)
    }
  }
}
