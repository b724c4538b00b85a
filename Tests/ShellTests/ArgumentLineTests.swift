import Testing

@testable import Shell

@Suite struct ArgumentLineTests {
  @Test(arguments: [
    (#"--for "Robert \"Bob\" Smith""#, ["for": #"Robert "Bob" Smith"#]),
    (#"--out 'care"sheet.html'"#, ["out": #"care"sheet.html"#]),
    (#"--out="a b.md""#, ["out": "a b.md"]),
    (#"--out C:\\notes\\r.md"#, ["out": #"C:\\notes\\r.md"#]),
    (#"--out "back\\slash""#, ["out": #"back\slash"#]),
    (#"--learner Sam"#, ["for": "Sam"]),
  ])
  func optionsKeepWhatWasTyped(line: String, expected: [String: String]) throws {
    let parsed = try ArgumentLine(line).parse(
      options: ["for", "out"], aliases: ["learner": "for"])
    #expect(parsed.options == expected)
    #expect(parsed.words.isEmpty)
  }

  @Test func quotedWordsStayWhole() throws {
    let parsed = try ArgumentLine(#"parts "what is a port" '--not-an-option'"#).parse(options: [])
    #expect(parsed.words == ["parts", "what is a port", "--not-an-option"])
  }

  @Test func anUnclosedQuoteIsExplained() {
    #expect(throws: ShellError.usage("A quote \" is not closed. Add the closing \" and try again."))
    {
      try ArgumentLine(#"--for "Sam"#).parse(options: ["for"])
    }
  }

  @Test func anUnknownOptionNamesTheOnesThereAre() {
    #expect(throws: ShellError.usage("There is no option `--fr` here. Options: `--for`, `--out`."))
    {
      try ArgumentLine("--fr Sam").parse(options: ["for", "out"])
    }
  }
}
