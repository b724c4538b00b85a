import Curriculum
import Reports
import TestSupport
import Testing

/// Handouts draw the bundle's figures as accessible SVG, and say them in words in Markdown.
@Suite("Handout figures")
struct HandoutFigureTests {
  @Test func htmlDrawsEachFigureAsAnAccessibleSVG() throws {
    let bundle = try ImplantedPortBundle.load()
    let html = try Handout(
      bundle: bundle, topicIDs: ["what-is-a-port", "parts"], careTeamContact: nil
    ).html()
    #expect(html.components(separatedBy: "<svg ").count == 3)
    #expect(html.contains("role=\"img\" aria-labelledby=\"parts-figure-1-port-cross-section-title"))
    #expect(html.contains("<title id=\"what-is-a-port-figure-1-port-in-chest-title\">"))
    #expect(html.contains("<desc id=\"parts-figure-1-port-cross-section-desc\">A drawing"))
    #expect(!html.contains("language-figure"))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("href=\"http"))
  }

  @Test func markdownSaysEachFigureInWords() throws {
    let bundle = try ImplantedPortBundle.load()
    let markdown = try Handout(bundle: bundle, topicIDs: ["parts"], careTeamContact: nil)
      .markdown()
    #expect(markdown.contains("**Figure: Inside a port.** A drawing of a port cut in half, seen"))
    #expect(!markdown.contains("```figure"))
  }
}
