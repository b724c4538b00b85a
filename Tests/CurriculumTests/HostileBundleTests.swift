import Foundation
import TestSupport
import Testing

@testable import Curriculum

/// Bundles are untrusted: each of these must be refused with a clear message, quickly and in
/// bounded memory, and never crash the loader.
@Suite("Hostile bundles")
struct HostileBundleTests {
  static let billionLaughs = """
    topic: care
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    questions: *i
    """

  @Test func refusesBillionLaughs() throws {
    let copy = try TemporaryBundle()
    try copy.write("questions/care.yaml", Self.billionLaughs)
    let result = copy.load()
    #expect(result.bundle == nil)
    let error = try #require(result.errors.first)
    #expect(error.file == "questions/care.yaml")
    #expect(error.line == 2)
    #expect(error.column == 4)
    #expect(error.message.contains("a YAML anchor (`&name`) is not allowed in a bundle"))
  }

  @Test func refusesAnAliasInFrontMatterAtItsFileLine() throws {
    let copy = try TemporaryBundle()
    try copy.replace("keywords: [flush, care]", with: "keywords: *k", in: "topics/care.md")
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "topics/care.md")
    #expect(error.line == 6)
    #expect(error.message.contains("alias (`*name`) is not allowed"))
  }

  @Test(arguments: [
    String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
    String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
    (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v",
    String(repeating: "- ", count: 3000) + "x",
  ])
  func refusesDeepNesting(_ yaml: String) throws {
    let copy = try TemporaryBundle()
    let indented = yaml.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    try copy.write("questions/care.yaml", "topic: care\nquestions: []\ndeep:\n" + indented)
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "questions/care.yaml")
    #expect(error.message.contains("nested more than 32 levels"))
  }

  @Test func checksAMappingOfManyKeysWithoutComparingEveryPair() throws {
    // A quadratic duplicate check would take minutes here; each key is compared once.
    let keys = (0..<20_000).map { "k\($0): v" }
    let root = try #require(try YAMLParser.parse(keys.joined(separator: "\n")))
    guard case .mapping(let pairs) = root.content else {
      Issue.record("not a mapping")
      return
    }
    #expect(pairs.count == 20_000)
    let withRepeat = (keys + ["k19999: again"]).joined(separator: "\n")
    #expect(throws: YAMLSyntaxError.self) { try YAMLParser.parse(withRepeat) }
    let flow = "{" + (0..<20_000).map { "k\($0): v" }.joined(separator: ", ") + ", k7: x}"
    #expect(throws: YAMLSyntaxError.self) { try YAMLParser.parse(flow) }
  }

  @Test func refusesFilesOverOneMebibyteWithoutReadingThem() throws {
    let copy = try TemporaryBundle()
    let big =
      "---\nid: care\ntitle: Big\n---\n" + String(repeating: "Words go here. ", count: 75_000)
    try copy.write("topics/care.md", big)
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "topics/care.md")
    #expect(error.message.contains("the file is 1.1 MiB; bundle files may be at most 1 MiB"))
  }

  @Test func namesTheFileAndLineOfInvalidUTF8() throws {
    let copy = try TemporaryBundle()
    var data = Data("topic: care\nquestions:\n  - id: caf".utf8)
    data.append(contentsOf: [0xC3, 0x28])
    data.append(contentsOf: Data("\n".utf8))
    try copy.write("questions/care.yaml", data)
    let error = try #require(copy.load().errors.first)
    #expect(
      error.description.hasPrefix(
        "questions/care.yaml:3:12: error: the file is not valid UTF-8 (byte 0xC3 here)"))
  }

  @Test func refusesASymbolicLinkOutOfTheBundle() throws {
    let copy = try TemporaryBundle()
    let secret = copy.outside.appendingPathComponent("secret.md")
    try Data("---\nid: care\ntitle: Secret\n---\n".utf8).write(to: secret)
    try copy.remove("topics/care.md")
    try FileManager.default.createSymbolicLink(
      at: copy.url.appendingPathComponent("topics/care.md"), withDestinationURL: secret)
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "topics/care.md")
    #expect(error.message.contains("symbolic link to a place outside the bundle"))
  }

  @Test func refusesAFolderLinkedFromOutside() throws {
    let copy = try TemporaryBundle()
    let elsewhere = copy.outside.appendingPathComponent("elsewhere")
    try FileManager.default.copyItem(
      at: copy.url.appendingPathComponent("questions"), to: elsewhere)
    try copy.remove("questions")
    try FileManager.default.createSymbolicLink(
      at: copy.url.appendingPathComponent("questions"), withDestinationURL: elsewhere)
    let errors = copy.load().errors
    #expect(errors.map(\.file) == ["questions/basics.yaml", "questions/care.yaml"])
  }

  @Test func followsSymbolicLinksThatStayInside() throws {
    let copy = try TemporaryBundle()
    try FileManager.default.moveItem(
      at: copy.url.appendingPathComponent("topics/care.md"),
      to: copy.url.appendingPathComponent("care-source.md"))
    try FileManager.default.createSymbolicLink(
      atPath: copy.url.appendingPathComponent("topics/care.md").path,
      withDestinationPath: "../care-source.md")
    #expect(copy.load().errors == [])
  }

  @Test func refusesADanglingLink() throws {
    let copy = try TemporaryBundle()
    try copy.remove("topics/care.md")
    try FileManager.default.createSymbolicLink(
      atPath: copy.url.appendingPathComponent("topics/care.md").path,
      withDestinationPath: "/no/such/file")
    let error = try #require(copy.load().errors.first)
    #expect(error.message.contains("symbolic link to nothing"))
  }

  @Test(arguments: ["../../etc/passwd", "/etc/passwd", "topics/../bundle", "..", "Care"])
  func refusesTopicIDsThatAreNotPlainIDs(_ id: String) throws {
    let copy = try TemporaryBundle()
    try copy.replace("  - care\npaths", with: "  - care\n  - \"\(id)\"\npaths", in: "bundle.yaml")
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "bundle.yaml")
    #expect(error.line == 18)
    #expect(error.message.contains("is not a valid id"))
  }

  @Test(arguments: ["../../secret.md", "docs/../../../x", "%2e%2e/%2E%2E/x", "..\\\\..\\\\x"])
  func refusesLinksOutOfTheBundle(_ target: String) throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "Flushing keeps", with: "See [this](\(target)). Flushing keeps", in: "topics/care.md")
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "topics/care.md")
    #expect(error.line == 14)
    #expect(error.message.contains("points outside the bundle"))
  }

  @Test func acceptsWebAndInBundleLinks() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "Flushing keeps",
      with:
        "See [web](https://example.org/a/../b) and [map](images/map.png) and [top](#top). Flushing keeps",
      in: "topics/care.md")
    #expect(copy.load().errors == [])
  }

  @Test func refusesAFolderWhereAFileShouldBe() throws {
    let copy = try TemporaryBundle()
    try copy.remove("questions/care.yaml")
    try FileManager.default.createDirectory(
      at: copy.url.appendingPathComponent("questions/care.yaml"), withIntermediateDirectories: true)
    let error = try #require(copy.load().errors.first)
    #expect(error.message.contains("not a regular file"))
  }

  @Test(
    .tags(.slow),
    arguments: [
      "", "\u{0}", "\u{7}bell: 1", "{", "[", "a: b: c", "- a\nb: c", "\t- tab", "? [a, b]\n: c",
      "!!binary AAAA", "questions: {a: 1}", "questions: [1, [2], {3: 4}]",
      "questions:\n  - id: x\n    kind: [single]\n    answer: {a: b}",
      "%YAML 1.1\n---\ntopic: care",
      "topic: care\n---\ntopic: again", "\"unclosed", "key: 'unclosed\n", "@reserved",
      "questions:\n  - 12\n  - ~\n  - [a]", "topic: [care]\nquestions: ~",
    ])
  func neverCrashesOnBrokenYAML(_ yaml: String) throws {
    let copy = try TemporaryBundle()
    try copy.write("questions/care.yaml", yaml)
    try copy.write("bundle.yaml", yaml)
    try copy.write("topics/care.md", "---\n\(yaml)\n---\n## x\n")
    let result = copy.load()
    #expect(result.bundle == nil)
    #expect(result.errors.allSatisfy { $0.line >= 1 && $0.column >= 1 && !$0.message.isEmpty })
  }

  /// Seeded, so a crash repeats on the next run (`TEACHBACK_TEST_SEED` tries other bytes).
  @Test(.tags(.slow)) func neverCrashesOnRandomBytes() throws {
    let seed = TestSeed(20_261_203)
    var generator = seed.makeGenerator()
    for _ in 0..<20 {
      let copy = try TemporaryBundle()
      let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      try copy.write("bundle.yaml", Data(bytes))
      try copy.write("topics/care.md", Data(bytes))
      try copy.write("questions/care.yaml", Data(bytes))
      let result = copy.load()
      #expect(
        result.errors.allSatisfy { $0.line >= 1 && $0.column >= 1 && !$0.message.isEmpty },
        "\(seed)")
      _ = copy.lint()
    }
  }

  @Test func quotesContentSafelyInMessages() throws {
    let copy = try TemporaryBundle()
    try copy.replace("{#monthly-flush}", with: "{#\u{1B}[31mred}", in: "topics/care.md")
    let error = try #require(copy.load().errors.first { $0.file == "topics/care.md" })
    #expect(error.message.contains("section id \"[31mred\" is not valid"))
    #expect(!error.message.contains("\u{1B}"))
  }
}
