import Testing

@testable import Curriculum

@Suite("Topic files")
struct TopicReaderTests {
  static func read(_ text: String, id: String = "care") -> (ParsedTopic?, [Diagnostic]) {
    let log = DiagnosticLog()
    let topic = TopicReader.read(text, file: "topics/\(id).md", expectedID: id, log: log)
    return (topic, log.diagnostics)
  }

  @Test(arguments: [
    ("", [""]), ("a", ["a"]), ("a\n", ["a", ""]), ("a\n\nb", ["a", "", "b"]),
    ("é ü\n😀 x\n", ["é ü", "😀 x", ""]),
  ])
  func splitsLinesLikeTheStandardLibrary(_ text: String, _ expected: [String]) {
    let lines = TopicReader.lines(of: text)
    #expect(lines.map(String.init) == expected)
    #expect(
      lines.map(String.init)
        == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
  }

  @Test(arguments: [
    ("The monthly flush", "the-monthly-flush"),
    ("Why it's used", "why-it-s-used"),
    ("  **Bold**  and `code`  ", "bold-and-code"),
    ("Café & crème brûlée", "cafe-creme-brulee"),
    ("Step 1: wash", "step-1-wash"),
    ("---", ""),
    ("日本語", ""),
  ])
  func slugs(_ heading: String, _ expected: String) {
    #expect(Slug.make(heading) == expected)
  }

  @Test(arguments: [
    ("care", true), ("monthly-flush", true), ("a1-b2", true), ("", false), ("-care", false),
    ("care-", false), ("care--flush", false), ("Care", false), ("care_flush", false),
    ("../care", false), ("care/flush", false), (String(repeating: "a", count: 81), false),
  ])
  func identifiers(_ id: String, _ valid: Bool) {
    #expect(Identifier.isValid(id) == valid)
  }

  @Test func readsHeadingVariants() throws {
    let text = """
      ---
      id: care
      title: Care
      sources: [a-source]
      ---
      ## Plain heading
      text
         ## Indented three spaces {#three}
      text
          ## Four spaces is code, not a heading
      ##Not a heading without a space
      ### Level three stays inside
      ## Closing hashes ##
      text
      ## With id and closing {#closing-id} ##
      text
      ~~~
      ## inside a tilde fence
      ~~~
      ## Last {#last}
      text
      """
    let (topic, diagnostics) = Self.read(text)
    #expect(diagnostics == [])
    let sections = try #require(topic?.topic.sections)
    #expect(
      sections.map(\.id) == ["plain-heading", "three", "closing-hashes", "closing-id", "last"])
    #expect(
      sections.map(\.title) == [
        "Plain heading", "Indented three spaces", "Closing hashes", "With id and closing", "Last",
      ])
    #expect(sections.map(\.line) == [6, 8, 13, 15, 20])
    #expect(sections[1].markdown.contains("### Level three stays inside"))
    #expect(sections[3].markdown.contains("## inside a tilde fence"))
    #expect(sections[4].markdown == "text")
  }

  @Test func warnsAboutAnEmptySectionAndRefusesDuplicateIDs() {
    let (_, diagnostics) = Self.read(
      "---\nid: care\ntitle: Care\n---\n## One\n\n## One\ntext\n## {#x}\ntext")
    #expect(
      diagnostics.first("topics/care.md", line: 5, containing: "section `one` has no text") != nil)
    #expect(
      diagnostics.first(
        "topics/care.md", line: 7,
        containing: "section id `one` is already used by the section at line 5") != nil)
    #expect(
      diagnostics.first("topics/care.md", line: 9, containing: "the heading has no title") != nil)
  }

  @Test func checksTheBodyEvenWhenTheFrontMatterIsBroken() {
    let (topic, diagnostics) = Self.read(
      "---\nid: care\nid: care\n---\n## {#Bad}\nSee [x](../../x).\n")
    #expect(topic == nil)
    #expect(
      diagnostics.first("topics/care.md", line: 3, containing: "appears more than once") != nil)
    #expect(
      diagnostics.first("topics/care.md", line: 5, containing: "section id \"Bad\" is not valid")
        != nil)
    #expect(
      diagnostics.first("topics/care.md", line: 6, containing: "points outside the bundle") != nil)
  }

  @Test func refusesAHeadingWithoutLettersOrDigits() {
    let (_, diagnostics) = Self.read("---\nid: care\ntitle: Care\n---\n## ???\ntext")
    #expect(diagnostics.first("topics/care.md", line: 5, containing: "no letters or digits") != nil)
  }

  @Test(arguments: [
    ("Just text", 1, "the topic has no front matter; start the file with a line `---`"),
    ("---\nid: care\ntitle: Care\n", 1, "the front matter is not closed"),
    ("---\n---\ntext", 1, "the front matter is empty"),
    ("---\nid: other\ntitle: Care\n---\n", 2, "`id` is `other` but the file is named `care.md`"),
    ("---\nid: care\n---\n", 2, "the front matter has no `title`"),
    ("---\nid: care\ntitle: Care\ntitle: Again\n---\n", 4, "`title` appears more than once"),
    ("---\nid: care\ntitle: [Care]\n---\n", 3, "`title` should be a text, not a list"),
    (
      "---\nid: care\ntitle: Care\nkeywords: port\n---\n", 4, "`keywords` should be a list of texts"
    ),
    (
      "---\nid: care\ntitle: Care\naudiences: [Patient]\n---\n", 4,
      "\"Patient\" in `audiences` is not a valid id"
    ),
    (
      "---\nid: care\ntitle: Care\n  bad: indent\n---\n", 4,
      "this line is indented under the text above"
    ),
    ("---\n- just\n- a list\n---\n", 2, "the front matter should be a mapping of fields"),
    ("---\nid: care\ntitle: Care\n---\n", 2, "the front matter has no `sources`"),
    ("---\nid: care\ntitle: Care\nsources: []\n---\n", 4, "`sources` is empty; name at least"),
    ("---\nid: care\ntitle: Care\nsources: [Cleveland]\n---\n", 4, "\"Cleveland\" in `sources`"),
  ])
  func reportsFrontMatterMistakes(_ text: String, _ line: Int, _ fragment: String) {
    let (_, diagnostics) = Self.read(text)
    #expect(
      diagnostics.first("topics/care.md", line: line, containing: fragment) != nil,
      "got \(diagnostics.map(\.description))")
  }
}
