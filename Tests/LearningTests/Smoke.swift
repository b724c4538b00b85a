import Testing
@testable import Learning

@Test func moduleLinks() { #expect(Bool(true)) }
