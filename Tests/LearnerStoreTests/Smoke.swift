import Testing
@testable import LearnerStore

@Test func moduleLinks() { #expect(Bool(true)) }
