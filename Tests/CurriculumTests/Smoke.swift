import Testing
@testable import Curriculum

@Test func moduleLinks() { #expect(Bool(true)) }
