import TestSupport
import Testing

@testable import Shell

@Suite struct ShellLoopTests {
  @Test func emptyLinesDoNothingAndEndOfInputExitsZero() {
    let (transcript, status) = runShell(["", "   ", ""])
    #expect(status == 0)
    #expect(transcript == "> \n>    \n> \n")
  }

  @Test func aFailedCommandMakesTheScriptExitOne() {
    let (transcript, status) = runShell(["raed 1", "topics"])
    #expect(status == 1)
    #expect(transcript.contains("There is no command `raed`. Did you mean `read`?"))
  }

  @Test func unknownTopicsGetADidYouMean() {
    let (transcript, status) = runShell(["read prats"])
    #expect(status == 1)
    #expect(transcript.contains("There is no topic `prats`. Did you mean `parts`?"))
  }

  @Test func quitStopsReadingTheScript() {
    let (transcript, status) = runShell(["quit", "topics"])
    #expect(status == 0)
    #expect(!transcript.contains("> topics"))
  }

  @Test func controlCharactersTypedAtThePromptAreNeverEchoedRaw() {
    let (transcript, _) = runShell(["\u{1B}[31mred\u{7}\u{9B}2J"])
    #expect(
      !transcript.unicodeScalars.contains {
        $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B
      }
        || transcript.hasPrefix("> \u{1B}"))
    let reply = transcript.split(separator: "\n").dropFirst().joined()
    #expect(!reply.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(reply.contains("There is no command"))
  }

  @Test(.tags(.slow)) func overlongLinesAreRefusedPolitely() {
    let (transcript, status) = runShell([String(repeating: "x", count: 1_000_000)])
    #expect(status == 1)
    #expect(transcript.contains("That line is too long"))
  }

  @Test func nextAndBackWalkTheSections() {
    let (transcript, _) = runShell(["next", "next", "next", "back"])
    let titles = ["What it does", "Who needs one", "The septum", "Who needs one"]
    var searchFrom = transcript.startIndex
    for title in titles {
      let found = transcript.range(of: title + "  ", range: searchFrom..<transcript.endIndex)
      #expect(found != nil, "missing \(title)")
      if let found { searchFrom = found.upperBound }
    }
  }

  /// A question whose first word begins a command's name is answered as words: `he…` is not
  /// `help`, `le…` is not `learner`; a command's whole name still runs the command.
  @Test func aQuestionIsWordsEvenWhenItsFirstWordBeginsACommand() {
    let (text, _) = runShell(["he has a fever?", "le va a doler?", "help?"])
    #expect(!text.contains("Commands"))
    #expect(!text.contains("The name can use"))
    #expect(text.components(separatedBy: "> ").count == 4)
  }
}
