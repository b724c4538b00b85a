import Curriculum
import TestSupport
import Testing

@testable import Shell

/// A question about what is to come meets what to expect before the warning signs; a sign
/// happening now still goes to the warning signs.
@Suite struct WhatToExpectTests {
  @Test(arguments: [
    "will it hurt?", "is it painful", "does it hurt to get a port", "will the needle hurt",
  ])
  func questionsAboutWhatIsToComeAreAskedAboutTheFuture(_ line: String) {
    #expect(WhatToExpect.asksWhatIsToCome(words(line), signWords: WordsAtThePrompt.symptomWords))
  }

  @Test(arguments: ["my port hurts", "will my fever go away", "is it bleeding", "pain at night"])
  func aSignHappeningNowIsNot(_ line: String) {
    #expect(!WhatToExpect.asksWhatIsToCome(words(line), signWords: WordsAtThePrompt.symptomWords))
  }

  @Test func willItHurtAnswersWithComfortBeforeWarningSigns() throws {
    let bundle = try ImplantedPortBundle.load()
    let hits = SearchIndex(bundle: bundle).search("will it hurt?", limit: 10)
    let ordered = WhatToExpect(bundle: bundle).expectationsFirst(hits)
    #expect(ordered.first?.address == "placement-day#comfort")
    let firstWarning = try #require(
      ordered.firstIndex { $0.topicID == "more-warning-signs" })
    #expect(ordered.prefix(firstWarning).allSatisfy { $0.topicID != "more-warning-signs" })
    #expect(Set(ordered.map(\.address)) == Set(hits.map(\.address)))
  }

  private func words(_ line: String) -> [String] {
    line.lowercased().split { !$0.isLetter && $0 != "'" }.map { String($0) }
  }
}
