import Testing
@testable import Markdown

@Test func moduleLinks() { #expect(Bool(true)) }
