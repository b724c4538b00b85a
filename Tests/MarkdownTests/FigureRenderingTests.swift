import Markdown
import Testing

/// The figure block draws its figure in braille for the terminal, says it in words for plain
/// text, and becomes accessible SVG in HTML; without the bundle's figures it is a code block.
@Suite struct FigureRenderingTests {
  static let figure = Figure(
    id: "port", title: "The <port>", caption: "Under the skin.",
    description: "A round port under the skin.",
    drawing: FigureDrawing(
      viewBox: FigureBox(x: 0, y: 0, width: 100, height: 50),
      shapes: [
        FigureShape(
          geometry: .line(FigurePoint(x: 0, y: 10), FigurePoint(x: 100, y: 10)), role: .skin),
        FigureShape(
          geometry: .ellipse(center: FigurePoint(x: 50, y: 30), radiusX: 12, radiusY: 12),
          role: .device, filled: true),
        FigureShape(
          geometry: .arc(
            center: FigurePoint(x: 50, y: 30), radiusX: 18, radiusY: 18, from: 180, to: 360),
          role: .concern),
        FigureShape(
          geometry: .polyline(
            [FigurePoint(x: 62, y: 30), FigurePoint(x: 90, y: 45)], closed: false),
          role: .vein),
      ],
      labels: [
        FigureLabel(
          text: "Port, under the skin", pointsAt: FigurePoint(x: 50, y: 30),
          at: FigurePoint(x: 10, y: 45))
      ]))
  static let options = RenderOptions(figures: FigureShelf(["port": figure]))
  static let document = MarkdownDocument(parsing: "Before.\n\n```figure id=port\n```\n\nAfter.\n")

  @Test func drawsTheFigureInBrailleWithANumberedKey() {
    let text = TerminalRenderer(width: 60, color: false, options: Self.options).render(
      Self.document)
    #expect(text.contains("The <port>"))
    #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
    #expect(text.contains("\n1 Port, under the skin\n"))
    #expect(text.contains("Under the skin."))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func coloursEachRoleWhenColourIsOn() {
    let text = TerminalRenderer(width: 60, color: true, options: Self.options).render(
      Self.document)
    for code in ["\u{1B}[33m", "\u{1B}[36m", "\u{1B}[31m", "\u{1B}[34m"] {
      #expect(text.contains(code), "\(code.debugDescription)")
    }
  }

  @Test func plainTextGivesTheDescriptionOnly() {
    let text = PlainRenderer(width: 60, options: Self.options).render(Self.document)
    #expect(text.contains("Figure: The <port>. A round port under the skin."))
    #expect(!text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
  }

  @Test(arguments: Array(1...130))
  func neverDrawsWiderThanTheWidth(width: Int) {
    let text = TerminalRenderer(width: width, color: false, options: Self.options).render(
      Self.document)
    for line in text.split(separator: "\n") {
      #expect(line.count <= max(width, 4), "\(width): \(line)")
    }
  }

  @Test func htmlIsAnAccessibleInlineSVG() {
    let html = HTMLRenderer(options: Self.options).render(Self.document)
    #expect(html.contains("role=\"img\""))
    #expect(html.contains("<title id=\"figure-1-port-title\">The &lt;port&gt;</title>"))
    #expect(html.contains("<desc id=\"figure-1-port-desc\">A round port under the skin.</desc>"))
    #expect(html.contains("aria-labelledby=\"figure-1-port-title figure-1-port-desc\""))
    #expect(html.contains("<li>Port, under the skin</li>"))
    #expect(!html.contains("href"))
    #expect(!html.contains("<pre>"))
  }

  @Test func withoutTheBundlesFiguresTheBlockIsCode() {
    let html = HTMLRenderer().render(Self.document)
    #expect(html.contains("<pre><code class=\"language-figure\"></code></pre>"))
    let text = TerminalRenderer(width: 60, color: false).render(Self.document)
    #expect(!text.contains("Port, under the skin"))
  }

  @Test func aFigureTheBundleLacksShowsNothing() {
    let document = MarkdownDocument(parsing: "```figure id=other\n```\n")
    #expect(TerminalRenderer(width: 60, color: false, options: Self.options).render(document) == "")
  }

  @Test func infoStringsNameFigures() {
    #expect(
      FigureBlock.reference(inInfo: "figure id=port-in-chest") == .figure(id: "port-in-chest"))
    #expect(FigureBlock.reference(inInfo: "figure") == .missingID)
    #expect(FigureBlock.reference(inInfo: "figures id=x") == FigureBlock.Reference.none)
    #expect(FigureBlock.reference(inInfo: "swift") == FigureBlock.Reference.none)
  }
}
