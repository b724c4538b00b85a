import Testing

@testable import Curriculum

@Suite("Question files")
struct QuestionReaderTests {
  static func read(_ question: String) -> ([ParsedQuestion], [Diagnostic]) {
    let log = DiagnosticLog()
    var references: [QuestionReader.References] = []
    let text =
      "topic: care\nquestions:\n  - id: q\n    section: s\n    prompt: P?\n"
      + "    explanation: E.\n    reexplain: R.\n" + question
    let questions = QuestionReader.read(
      text, file: "questions/care.yaml", topicID: "care", log: log, references: &references)
    return (questions, log.diagnostics)
  }

  @Test(arguments: [
    ("    kind: single\n    choices: [x, y]\n    answer: B\n", Answer.choice(1)),
    ("    kind: multiple\n    choices: [x, y, z]\n    answer: [c, a]\n", .choices([0, 2])),
    ("    kind: true-false\n    answer: false\n", .truth(false)),
    ("    kind: order\n    choices: [x, y, z]\n    answer: [c, a, b]\n", .order([2, 0, 1])),
    ("    kind: short\n    answer: flush\n", .text(accepted: ["flush"], synonyms: [])),
    (
      "    kind: short\n    answer: [flush, flushing]\n    synonyms: [rinse]\n",
      .text(accepted: ["flush", "flushing"], synonyms: ["rinse"])
    ),
  ])
  func readsAnswers(_ yaml: String, _ expected: Answer) throws {
    let (questions, diagnostics) = Self.read(yaml)
    #expect(diagnostics == [])
    #expect(try #require(questions.first).question.answer == expected)
  }

  @Test(arguments: [
    (
      "    kind: single\n    choices: [x, y]\n    answer: [a, b]\n", 10,
      "a `single` question has one answer"
    ),
    (
      "    kind: single\n    choices: [x, y]\n    answer: x\n", 10,
      "answer \"x\" is not one of the choices a–b"
    ),
    (
      "    kind: single\n    choices: [x, y]\n    answer: About x\n", 10,
      "should be the letter of a choice, not its text"
    ),
    (
      "    kind: single\n    choices: [x]\n    answer: a\n", 9, "needs at least 2 choices; it has 1"
    ),
    (
      "    kind: single\n    choices: [x, y]\n", 3,
      "question has no `answer`; add one letter, like `answer: b`"
    ),
    (
      "    kind: multiple\n    choices: [x, y]\n    answer: a\n", 10,
      "should be a list of letters, like `[a, c]`"
    ),
    ("    kind: order\n    choices: [x, y, z]\n    answer: [a, b]\n", 10, "(c missing)"),
    ("    kind: true-false\n    answer: yes\n", 9, "should be `true` or `false`"),
    ("    kind: true-false\n    choices: [x, y]\n    answer: true\n", 9, "`choices` is ignored"),
    (
      "    kind: single\n    choices: [x, y]\n    answer: a\n    synonyms: [z]\n", 11,
      "`synonyms` only apply to `short` questions"
    ),
    (
      "    kind: single\n    choices: [x, x]\n    answer: a\n", 9,
      "the choice \"x\" is listed twice"
    ),
    (
      "    kind: single\n    choices: [x, [y]]\n    answer: a\n", 9, "item 2 of `choices` is a list"
    ),
    ("    kind: short\n    answer: []\n", 9, "needs at least one accepted answer"),
    (
      "    kind: single\n    choices: [x, y]\n    answer: a\n    red-flag: maybe\n", 11,
      "`red-flag` should be `true` or `false`"
    ),
  ])
  func reportsMistakes(_ yaml: String, _ line: Int, _ fragment: String) {
    let (_, diagnostics) = Self.read(yaml)
    #expect(
      diagnostics.first("questions/care.yaml", line: line, containing: fragment) != nil,
      "got \(diagnostics.map(\.description))")
  }

  @Test func refusesMoreThanTwentySixChoices() {
    let choices = (0..<27).map { "c\($0)" }.joined(separator: ", ")
    let (questions, diagnostics) = Self.read(
      "    kind: single\n    choices: [\(choices)]\n    answer: a\n")
    #expect(questions.count == 1)
    #expect(
      diagnostics.first("questions/care.yaml", line: 9, containing: "at most 26 choices") != nil)
  }

  @Test func requiresTheTopicToMatchTheFileName() {
    let log = DiagnosticLog()
    var references: [QuestionReader.References] = []
    _ = QuestionReader.read(
      "topic: other\nquestions: []", file: "questions/care.yaml", topicID: "care", log: log,
      references: &references)
    #expect(
      log.diagnostics.first(
        "questions/care.yaml", line: 1,
        containing: "`topic` is \"other\" but the file is named `care.yaml`") != nil)
  }

  @Test func readsRejectedNearMisses() throws {
    let (questions, diagnostics) = Self.read(
      "    kind: short\n    answer: [fasting, fast]\n    reject: [feasting, feast]\n")
    #expect(diagnostics == [])
    #expect(try #require(questions.first).question.rejectedAnswers == ["feasting", "feast"])
  }

  @Test func refusesARejectedAnswerThatIsAlsoRight() {
    let (_, diagnostics) = Self.read(
      "    kind: short\n    answer: [fasting, fast]\n    reject: [Fast]\n")
    #expect(
      diagnostics.first(
        "questions/care.yaml", line: 10,
        containing: "\"Fast\" is both a right answer and in `reject`")
        != nil)
  }

  @Test func warnsThatRejectOnlyAppliesToShortAnswers() throws {
    let (questions, diagnostics) = Self.read(
      "    kind: true-false\n    answer: true\n    reject: [maybe]\n")
    #expect(
      diagnostics.first("questions/care.yaml", line: 10, containing: "`reject` only applies")
        != nil)
    #expect(try #require(questions.first).question.rejectedAnswers == [])
  }
}
