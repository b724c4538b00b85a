import Foundation
import TestSupport
import Testing
import Yams

@testable import Curriculum

/// Our YAML parser against libyaml (through Yams, which the tests alone use): on every YAML
/// text in the repository, on tricky snippets and on generated documents, both must read the
/// same values, and refuse the same texts, apart from what bundles refuse on purpose.
@Suite("YAML parser agrees with libyaml")
struct YAMLParserDifferentialTests {
  /// A YAML value without positions or styles, to compare the two parsers.
  indirect enum Value: Equatable, CustomStringConvertible {
    case text(String)
    case list([Value])
    case mapping([Pair])

    struct Pair: Equatable {
      var key: Value
      var value: Value
    }

    init(_ node: YAMLNode) {
      switch node.content {
      case .scalar(let text, _): self = .text(text)
      case .sequence(let items): self = .list(items.map(Value.init))
      case .mapping(let pairs):
        self = .mapping(pairs.map { Pair(key: Value($0.key), value: Value($0.value)) })
      }
    }

    init(_ node: Yams.Node) {
      switch node {
      case .scalar(let scalar): self = .text(scalar.string)
      case .sequence(let sequence): self = .list(sequence.map(Value.init))
      case .mapping(let mapping):
        self = .mapping(mapping.map { Pair(key: Value($0.key), value: Value($0.value)) })
      case .alias: self = .text("*alias")
      }
    }

    var description: String {
      switch self {
      case .text(let text): return text.debugDescription
      case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
      case .mapping(let pairs):
        return "{" + pairs.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
      }
    }
  }

  enum Outcome: Equatable {
    case value(Value?)
    case refused
  }

  static func ours(_ yaml: String) -> Outcome {
    do {
      return .value(try YAMLParser.parse(yaml).map(Value.init))
    } catch {
      return .refused
    }
  }

  /// A document of only `---` is an empty text to libyaml and no value to us; both mean empty.
  static func libyaml(_ yaml: String) -> Outcome {
    do {
      let value = try Yams.compose(yaml: yaml, .basic, .default, .utf8).map(Value.init)
      return .value(value == .text("") ? nil : value)
    } catch {
      return .refused
    }
  }

  // MARK: - Every YAML text in the repository

  static var repositoryYAML: [(name: String, text: String)] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var texts: [(String, String)] = []
    for folder in ["content", "Tests/CurriculumTests/Fixtures", "docs"] {
      let base = root.appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
      for case let path as String in walker {
        guard let text = try? String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
        else { continue }
        if path.hasSuffix(".yaml") {
          texts.append(("\(folder)/\(path)", text))
        } else if path.hasSuffix(".md"), text.hasPrefix("---\n"),
          let close = text.range(
            of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)
        {
          texts.append(
            (
              "\(folder)/\(path) front matter",
              String(text[text.index(text.startIndex, offsetBy: 4)..<close.lowerBound])
            ))
        }
        if path.hasSuffix(".md") { texts += yamlBlocks(in: text, name: "\(folder)/\(path)") }
      }
    }
    return texts
  }

  /// The ```yaml code blocks of a Markdown document (the format guide's examples).
  static func yamlBlocks(in markdown: String, name: String) -> [(String, String)] {
    var blocks: [(String, String)] = []
    var current: [Substring]?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line.hasPrefix("```yaml") {
        current = []
      } else if current != nil, line.hasPrefix("```") {
        blocks.append(("\(name) example \(blocks.count + 1)", current!.joined(separator: "\n")))
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  @Test func readsEveryYAMLTextInTheRepositoryLikeLibyaml() {
    let texts = Self.repositoryYAML
    #expect(texts.count > 30)
    for (name, text) in texts {
      let expected = Self.libyaml(text)
      #expect(Self.ours(text) == expected, "\(name)")
    }
  }

  // MARK: - Snippets

  static let agreeing: [String] = [
    "", "# only a comment\n", "---\n", "---\na: b\n...\n", "a: b", "a: b\n", "key:", "key: ~",
    "a: 1\nb: 2\n", "a:\n  b:\n    c: d\n  e: f\ng: h", "- a\n- b\n", "-\n- b", "- - a\n  - b\n- c",
    "- a: 1\n  b: 2\n- c: 3", "a:\n- x\n- y\nb: z", "a:\n  - x\n  -\n    y\nb:", "a: b # note",
    "a: b#c", "a: b:c", "url: http://example.org/a?b=c#d", "'quoted key': v", "\"k\": v",
    "a: 'it''s'", "a: \"say \\\"hi\\\"\"", "a: \"tab\\tnew\\nline \\u00e9 \\x41 \\U0001F600\"",
    "a: \"slash \\/ and \\\\\"", "a: 'multi\n  line\n\n  para'", "a: \"one \\\n  two\"",
    "a: \"trailing   \n  spaces\"", "a: plain\n  continued\n\n  paragraph\nb: c",
    "- item\n  continued\n- next", "a: |\n  one\n  two\n", "a: |-\n  one\n  two\n\n",
    "a: |+\n  one\n\n\nb: c",
    "a: >\n  one\n  two\n\n  three\n", "a: >-\n  folded\n    more indented\n  back\n",
    "a: >\n\n  leading empty\n", "a: |2\n    two extra\n",
    "- |\n  in a list\n- >-\n  folded\n  item",
    "a: |\n  text\n# a comment\nb: c", "a: |\n  last line", "a: [a, b, c]", "a: []", "a: {}",
    "a: [a, [b, c], {d: e}]", "a: {x: 1, y: [2, 3]}", "a: [one,\n  two,\n  three]",
    "a: [ \"q, r\", 's' ]", "a: [a, b, ]", "a: {k}", "a: [k: v]", "a: {\"k\":v}", "a: [a b, c d]",
    "a: [multi\n  line, x]", "- [a, b]\n- {c: d}", "[a, b]", "{a: b}", "plain text",
    "\"a quoted root\"", "|\n  literal root\n", "a:    spaced", "a:\tb", "a: - b is text?",
    "a: é\nb: ñ: x", "é: [ü, ö]", "emoji: 😀 ok", "a: 'x' # c", "a: [x] # c",
    "a:\n\n  b: c", "a:\n  # comment\n  b: c", "- # comment\n  a", "a: -1", "a: -x", "a: :x",
    "a: ?x", "- -1\n- - 2", "a: b\n\n\n", "\n\na: b", "a: 'x'\nb: \"y\"\nc: z", "k: v\nk2:\n  - a",
    "a: \"\"", "a: ''", "a: \"\\0\"", "- ''\n- \"\"", "a: b   \n", "a: \"x\"   ",
    "a: >+\n  keep\n\n",
    "a: >2-\n    x\n", "a: |\n\n\n  late start\n", "a:\n    deep: 1\n    deeper: 2", "a: 1.5e3",
    "k: [a,b,c]", "k: {a: 1,b: 2}", "long: this is a long sentence, with commas, and [brackets]",
    "a: x - y", "a: 100%", "a: 'a #b'", "a: b #c #d", "x: \"a\\\n\n  b\"",
  ]

  @Test(arguments: agreeing)
  func readsSnippetsLikeLibyaml(_ yaml: String) {
    let ours = Self.ours(yaml)
    let expected = Self.libyaml(yaml)
    if case .value = expected {
      #expect(ours == expected, "\(yaml.debugDescription)")
    } else if ours != .refused {
      // libyaml refuses; we may only differ by being lenient where YAML is ambiguous.
      Issue.record("libyaml refuses \(yaml.debugDescription); we read \(ours)")
    }
  }

  /// Texts libyaml reads but bundles refuse on purpose, each with a message.
  static let refusedOnPurpose: [String] = [
    "a: &x 1", "a: *x", "a: !!str 1", "%YAML 1.2\n---\na: b", "a: b\n---\nc: d", "? a\n: b",
    "a: b\n...\nc: d", "a: b\nb: c\na: d",
  ]

  @Test(arguments: refusedOnPurpose)
  func refusesWhatBundlesDoNotUse(_ yaml: String) {
    #expect(Self.ours(yaml) == .refused, "\(yaml.debugDescription)")
  }

  static let mistakes: [String] = [
    "a: b\n  c: d", "a: b: c", "a:\n  - b\n c: d", "a: [b, c", "a: {b: c", "a: \"open", "a: 'open",
    "a: \"bad \\q escape\"", "a:\n\t- b", "- a\nb: c", "a: b\n- c", "a: |x\n  text", "a: ]",
    "a: [b,, c]", "\"multi\nline key\": v", "a: \"x\" y", "a: [x] y", "key: value\nplain line",
  ]

  @Test(arguments: mistakes)
  func refusesMistakesLibyamlRefuses(_ yaml: String) {
    #expect(Self.libyaml(yaml) == .refused, "libyaml reads \(yaml.debugDescription)")
    #expect(Self.ours(yaml) == .refused, "we read \(yaml.debugDescription)")
  }

  // MARK: - Generated documents

  @Test(.tags(.slow)) func readsGeneratedDocumentsLikeLibyaml() {
    let seed = TestSeed(2026)
    var generator = DocumentGenerator(seed: seed.value)
    var disagreements: [String] = []
    var readable = 0
    for _ in 0..<3000 {
      let yaml = generator.document()
      let ours = Self.ours(yaml)
      let expected = Self.libyaml(yaml)
      if case .value = expected { readable += 1 }
      if ours != expected, disagreements.count < 5 {
        disagreements.append("\(yaml)\n  ours: \(ours)\n  libyaml: \(expected)")
      }
    }
    #expect(
      disagreements.isEmpty, "\(seed):\n\(disagreements.joined(separator: "\n---\n"))")
    // Most generated documents are valid YAML, so the comparison is mostly about values.
    #expect(
      readable > 2400, "only \(readable) of 3000 generated documents are valid YAML, \(seed)")
  }
}

/// Random YAML documents in the styles bundles use: nested mappings and lists, flow lists,
/// plain, quoted and block texts, comments and blank lines.
struct DocumentGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  private mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }

  private static let words = [
    "port", "flush", "care team", "it's", "fever: call", "a#b", "x #y", "50%", "-dash", "café",
    "naïve", "“quotes”", "[x]", "a, b", "tab\there", "q?", "!bang", "&amp", "*star", "@at",
    "`tick`",
    "{brace}", "\"dq\"", "'sq'", "back\\slash", "", " lead", "trail ", "null", "~", "true", "0.5",
  ]

  private mutating func word() -> String { Self.words[next(Self.words.count)] }

  /// A text written in a style that can hold it.
  private mutating func scalar(indent: Int, inFlow: Bool) -> String {
    let text = (0...next(3)).map { _ in word() }.joined(separator: " ")
    switch next(inFlow ? 2 : 5) {
    case 0:
      return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    case 1:
      let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\t", with: "\\t")
      return "\"" + escaped + "\""
    case 2, 3:
      let pad = String(repeating: " ", count: indent + 2)
      let header = ["|", ">", "|-", ">-", "|+"][next(5)]
      let lines = (0...next(3)).map { _ in
        next(4) == 0 ? "" : pad + (next(5) == 0 ? "  " : "") + word() + " " + word()
      }
      return header + "\n" + lines.joined(separator: "\n")
    default:
      // Plain only when it would be read back as written; otherwise quoted.
      let plain = ["port", "flush now", "care team", "a#b", "50%", "café au lait", "x-y", "a:b"]
      var text = plain[next(plain.count)]
      if !inFlow, next(3) == 0 {
        let pad = String(repeating: " ", count: indent + 2)
        text += (next(2) == 0 ? "\n" : "\n\n") + pad + plain[next(plain.count)]
      }
      if !inFlow, next(4) == 0 { text += " # note" }
      return text
    }
  }

  private mutating func flow(depth: Int) -> String {
    let count = next(4)
    let items = (0..<count).map { _ -> String in
      if depth < 2, next(4) == 0 { return flow(depth: depth + 1) }
      return scalar(indent: 0, inFlow: true)
    }
    let separator = next(3) == 0 ? ",\n    " : ", "
    return "[" + items.joined(separator: separator) + "]"
  }

  private mutating func value(indent: Int, depth: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    switch depth < 3 ? next(6) : 5 {
    case 0:
      let keys = (0...next(3)).map { "k\($0)" }
      return "\n"
        + keys.map { key in
          pad + "  " + key + ":" + spaced(value(indent: indent + 2, depth: depth + 1))
        }
        .joined(separator: "\n")
    case 1:
      // A list under a field may be indented or start in the field's own column.
      let itemPad = next(3) == 0 ? pad : pad + "  "
      return "\n"
        + (0...next(3)).map { _ in
          itemPad + "-" + spaced(value(indent: itemPad.count, depth: depth + 1))
        }
        .joined(separator: "\n")
    case 2:
      return flow(depth: 0)
    default:
      return scalar(indent: indent, inFlow: false)
    }
  }

  private func spaced(_ value: String) -> String { value.hasPrefix("\n") ? value : " " + value }

  mutating func document() -> String {
    var lines: [String] = []
    if next(4) == 0 { lines.append("---") }
    for index in 0...next(5) {
      if next(5) == 0 { lines.append(next(2) == 0 ? "" : "# comment \(index)") }
      lines.append("key\(index):" + spaced(value(indent: 0, depth: 0)))
    }
    return lines.joined(separator: "\n") + (next(2) == 0 ? "\n" : "")
  }
}

/// Bundle files with random small edits, the kind a slip of the keyboard makes: the parser must
/// never crash, and when both parsers read an edited file they must read the same values.
@Suite("YAML parser on mangled files")
struct YAMLParserMutationTests {
  static let alphabet: [String] = [
    " ", "  ", "\n", "\t", ":", ": ", "-", "- ", "#", " #", "'", "\"", "\\", "[", "]", "{", "}",
    ",", "|", ">", "&", "*", "!", "?", "%", "@", "`", "---", "...", "é", "😀", "a", "0",
  ]

  /// `MUTATION_ROUNDS` sets how many edited files are tried (3,000 unless set).
  @Test(.tags(.slow)) func mangledBundleFilesNeverCrashAndAgreeWhenRead() throws {
    let texts = YAMLParserDifferentialTests.repositoryYAML.map(\.text).filter { !$0.isEmpty }
    let seed = TestSeed(7)
    var state = seed.value
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var disagreements: [String] = []
    for round in 0..<Int(ProcessInfo.processInfo.environment["MUTATION_ROUNDS"] ?? "3000")! {
      var scalars = Array(texts[round % texts.count].unicodeScalars)
      for _ in 0...next(3) {
        let at = next(scalars.count + 1)
        switch next(3) {
        case 0:
          scalars.insert(
            contentsOf: Self.alphabet[next(Self.alphabet.count)].unicodeScalars, at: at)
        case 1: if at < scalars.count { scalars.remove(at: at) }
        default:
          if at < scalars.count {
            scalars.replaceSubrange(
              at...at, with: Self.alphabet[next(Self.alphabet.count)].unicodeScalars)
          }
        }
      }
      var yaml = ""
      yaml.unicodeScalars.append(contentsOf: scalars)
      let ours = YAMLParserDifferentialTests.ours(yaml)
      let expected = YAMLParserDifferentialTests.libyaml(yaml)
      if case .value = ours, case .value = expected, ours != expected, disagreements.count < 3 {
        disagreements.append(yaml)
      }
    }
    #expect(
      disagreements.isEmpty, "\(seed):\n\(disagreements.joined(separator: "\n======\n"))")
  }
}
