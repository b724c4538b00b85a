import Testing

@testable import Shell

@Suite struct CompleterTests {
  let completer = ShellSession.completer(for: MiniBundle.bundle, store: nil)

  @Test(arguments: [
    (
      "",
      [
        "amend", "back", "clear", "clinic", "demo", "forget", "handout", "help", "history",
        "learner", "next", "note", "path", "pin", "progress", "quit", "quiz", "read", "report",
        "review", "search", "session", "show", "symptoms", "topics",
      ]
    ),
    ("ex", ["exit"]),
    ("ca", ["call"]),
    ("to", ["topics"]),
    ("RE", ["read", "report", "review"]),
    ("zz", []),
  ])
  func commandNames(typed: String, expected: [String]) {
    #expect(completer.complete(typed).candidates == expected)
  }

  @Test func topicIDsAfterRead() {
    let completion = completer.complete("read p")
    #expect(completion.candidates == ["parts", "placement-day"])
    #expect(completion.commonPrefix == "p")
  }

  @Test func aWholeTopicIDOffersItsSections() {
    #expect(completer.complete("read parts").candidates == ["parts#catheter", "parts#septum"])
  }

  @Test func sectionsAfterHash() {
    let completion = completer.complete("read care#fl")
    #expect(completion.candidates == ["care#flushing"])
    #expect(completion.appendsSpace)
  }

  @Test func aUniqueTopicWithSectionsGetsNoSpaceSoHashCanFollow() {
    let completion = completer.complete("read ca")
    #expect(completion.candidates == ["care"])
    #expect(!completion.appendsSpace)
  }

  @Test func helpCompletesCommandNames() {
    #expect(completer.complete("help sea").candidates == ["search"])
  }

  @Test func commandsWithoutArgumentsOfferNothing() {
    #expect(completer.complete("clear ").candidates.isEmpty)
    #expect(completer.complete("topics ").candidates == ["before-surgery"])
    #expect(completer.complete("nosuch x").candidates.isEmpty)
  }

  @Test func learnerNamesAreReadWhenTabIsPressed() {
    var withLearners = completer
    withLearners.commands.append((name: "learner", argument: .learner))
    withLearners.learnerNames = { ["Sam", "Alex"] }
    #expect(withLearners.complete("learner S").candidates == ["Sam"])
    #expect(withLearners.complete("learner re").candidates == ["rename"])
    #expect(withLearners.complete("learner ").candidates == ["Alex", "Sam", "rename"])
    #expect(withLearners.complete("learner rename ").candidates.isEmpty)
  }
}
