import Testing

@testable import Shell

@Suite struct CommandTableTests {
  let table = CommandTable(commands: ShellSession.allCommands)

  @Test(arguments: [
    ("topics", "topics"), ("TOPICS", "topics"), ("t", "topics"), ("top", "topics"),
    ("exit", "quit"), ("?", "help"), ("sea", "search"), ("n", "next"), ("cal", "symptoms"),
    ("wor", "symptoms"),
  ])
  func findsByNameAliasOrUniquePrefix(typed: String, expected: String) throws {
    guard case .found(let command) = table.lookup(typed) else {
      Issue.record("\(typed) not found")
      return
    }
    #expect(command.name == expected)
  }

  @Test func anAmbiguousPrefixNamesTheChoices() {
    guard case .ambiguous(let names) = table.lookup("re") else {
      Issue.record("expected ambiguous")
      return
    }
    #expect(names == ["read", "review", "report"])
  }

  /// `c` is `clinic` or `clear`, never the alias `call`.
  @Test func mainNamesWinOverAliases() {
    guard case .ambiguous(let names) = table.lookup("c") else {
      Issue.record("expected ambiguous")
      return
    }
    #expect(names == ["clinic", "clear"])
    guard case .found(let command) = table.lookup("cle") else {
      Issue.record("expected a command")
      return
    }
    #expect(command.name == "clear")
  }

  @Test(arguments: [
    ("topcs", "topics"), ("raed", "read"), ("serch", "search"), ("hlep", "help"), ("quti", "quit"),
  ])
  func typosGetADidYouMean(typed: String, expected: String) {
    guard case .unknown(let suggestion) = table.lookup(typed) else {
      Issue.record("\(typed) should be unknown")
      return
    }
    #expect(suggestion == expected)
  }

  @Test func farOffWordsGetNoSuggestion() {
    guard case .unknown(let suggestion) = table.lookup("banana") else {
      Issue.record("expected unknown")
      return
    }
    #expect(suggestion == nil)
  }
}
