import Testing

@testable import Shell

@Suite struct TopicResolverTests {
  let resolver = TopicResolver(topics: MiniBundle.topics)

  @Test(arguments: [
    ("parts", 1), ("par", 1), ("2", 1), ("PARTS", 1), ("what is a port", 0), ("day placed", 2),
    ("caring", 3),
  ])
  func findsTopics(query: String, index: Int) {
    #expect(resolver.resolve(query) == .found(topicIndex: index, sectionIndex: nil))
  }

  @Test func findsSections() {
    #expect(resolver.resolve("care#flushing") == .found(topicIndex: 3, sectionIndex: 0))
    #expect(resolver.resolve("care#sk") == .found(topicIndex: 3, sectionIndex: 1))
    #expect(resolver.resolve("parts#the catheter") == .found(topicIndex: 1, sectionIndex: 1))
  }

  @Test func ambiguousPrefixesListTheChoices() {
    #expect(resolver.resolve("p") == .ambiguous(["parts", "placement-day"]))
  }

  @Test func typosGetASuggestion() {
    #expect(resolver.resolve("prats") == .notFound(suggestion: "parts"))
    #expect(
      resolver.resolve("care#flusing")
        == .sectionNotFound(topicID: "care", suggestion: "care#flushing"))
  }

  @Test func unknownTopicsAndNumbersOutOfRange() {
    #expect(resolver.resolve("zebra") == .notFound(suggestion: nil))
    #expect(resolver.resolve("9") == .notFound(suggestion: nil))
  }
}
