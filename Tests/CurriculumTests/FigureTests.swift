import Foundation
import Markdown
import TestSupport
import Testing

@testable import Curriculum

/// Figures are drawn from `figures/<id>.yaml`, shown by ```` ```figure id=… ```` blocks, always
/// described in words, and read as untrusted data: every mistake or attack is an error at its
/// line, never a crash or a hang.
@Suite("Figures")
struct FigureTests {
  static let good = """
    title: The port
    caption: The port sits under the skin.
    description: A round port under a line of skin, with a thin tube leaving it.
    view-box: [0, 0, 100, 60]
    shapes:
      - line: [0, 10, 100, 10]
        role: skin
      - circle: [50, 30, 12]
        role: device
        fill: true
      - polyline: [62, 30, 80, 40, 98, 40]
        role: catheter
      - arc: [50, 30, 16, 16, 180, 360]
    labels:
      - text: Port
        points-at: [50, 30]
        at: [20, 50]

    """

  private func bundle(figure: String? = good, block: String = "```figure id=port\n```")
    throws -> TemporaryBundle
  {
    let copy = try TemporaryBundle()
    try copy.replace("Flushing keeps", with: "\(block)\n\nFlushing keeps", in: "topics/care.md")
    if let figure { try copy.write("figures/port.yaml", figure) }
    return copy
  }

  @Test func loadsAFigureATopicShows() throws {
    let result = try bundle().load()
    #expect(result.errors == [])
    let figure = try #require(result.bundle?.figures["port"])
    #expect(figure.title == "The port")
    #expect(figure.drawing.shapes.count == 4)
    #expect(
      figure.drawing.shapes[1].geometry
        == .ellipse(
          center: FigurePoint(x: 50, y: 30), radiusX: 12, radiusY: 12))
    #expect(
      figure.drawing.labels == [
        FigureLabel(
          text: "Port", pointsAt: FigurePoint(x: 50, y: 30), at: FigurePoint(x: 20, y: 50))
      ])
  }

  @Test func keepsFiguresInTheCache() throws {
    let copy = try bundle()
    let cache = try TemporaryFolder()
    let first = try BundleCache.load(from: copy.url, cacheFolder: cache.url)
    let second = try BundleCache.load(from: copy.url, cacheFolder: cache.url)
    #expect(second.figures == first.figures)
    #expect(second.figures["port"] != nil)
  }

  @Test func aFigureNoFileDrawsIsAnErrorAtTheBlock() throws {
    let error = try #require(try bundle(figure: nil).load().errors.first)
    #expect(error.file == "topics/care.md")
    #expect(error.line == 14)
    #expect(error.message.contains("there is no figure `port`"))
  }

  @Test func lintPointsOutAFigureNoTopicShows() throws {
    let copy = try bundle(block: "")
    let warning = try #require(copy.lint().diagnostics.first { $0.file == "figures/port.yaml" })
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("no topic shows the figure `port`"))
  }

  @Test func lintHoldsAFiguresWordsToTheReadingTarget() throws {
    let long = Array(repeating: "the port", count: 13).joined(separator: " and ")
    let figure = Self.good.replacingOccurrences(
      of: "description: A round port under a line of skin, with a thin tube leaving it.",
      with: "description: \(long).")
    let warnings = try bundle(figure: figure).lint().diagnostics.filter {
      $0.file == "figures/port.yaml"
    }
    #expect(warnings.contains { $0.message.contains("a sentence of 38 words") }, "\(warnings)")
  }

  @Test(arguments: [
    ("```figure\n```", "needs the figure's id"),
    ("```figure id=Port!\n```", "is not a valid figure id"),
    ("```figure id=port\nThe port.\n```", "has text inside"),
  ])
  func refusesBlocksThatDoNotNameAFigureCleanly(_ block: String, _ message: String) throws {
    let errors = try bundle(block: block).load().errors
    let error = try #require(errors.first { $0.file == "topics/care.md" })
    #expect(error.line == 14)
    #expect(error.message.contains(message), "\(error.message)")
  }

  @Test func aFigureWithoutADescriptionIsAnError() throws {
    let figure = Self.good.replacingOccurrences(
      of: "description: A round port under a line of skin, with a thin tube leaving it.\n",
      with: "")
    let error = try #require(try bundle(figure: figure).load().errors.first)
    #expect(error.file == "figures/port.yaml")
    #expect(error.line == 1)
    #expect(error.message.contains("has no `description`"))
  }

  /// Each hostile figure is refused at its line with a message, quickly.
  @Test(arguments: [
    ("  - circle: [nan, 30, 12]", 8, "is not a number a drawing can use"),
    ("  - circle: [1e308, 30, 12]", 8, "is not a number a drawing can use"),
    ("  - circle: [inf, 30, 12]", 8, "is not a number a drawing can use"),
    ("  - circle: [95, 30, 12]", 8, "outside the view box"),
    ("  - circle: [[[[[[50]]]]], 30, 12]", 8, "is not a number a drawing can use"),
    ("  - circle: [50, 30, 0]", 8, "with radii above 0"),
    (
      "  - circle: [50, 30, 12]\n    href: https://example.org/x.svg", 9,
      "is not a field of a shape"
    ),
    ("  - script: alert(1)", 8, "is not a field of a shape"),
    ("  - circle: [50, 30, 12]\n    line: [0, 0, 1, 1]", 8, "give each its own entry"),
    ("  - circle: [50, 30, 12]\n    role: glow", 9, "is not a role"),
    ("  - line: [0, 0, 10, 10]\n    fill: true", 9, "only a closed shape"),
  ])
  func refusesHostileShapes(_ shape: String, _ line: Int, _ message: String) throws {
    let figure = Self.good.replacingOccurrences(
      of: "  - circle: [50, 30, 12]\n    role: device\n    fill: true", with: shape)
    let errors = try bundle(figure: figure).load().errors
    let error = try #require(errors.first { $0.file == "figures/port.yaml" }, "\(errors)")
    #expect(error.line == line, "\(error)")
    #expect(error.message.contains(message), "\(error.message)")
  }

  @Test func refusesFieldsThatCouldLoadOrRunSomething() throws {
    let figure = "script: <script>alert(1)</script>\nxlink:href: https://example.org\n" + Self.good
    let errors = try bundle(figure: figure).load().errors.filter { $0.file == "figures/port.yaml" }
    #expect(errors.map(\.line) == [1, 2])
    #expect(errors.allSatisfy { $0.message.contains("loads or runs nothing") })
  }

  @Test func refusesAMillionPointsBeforeReadingThem() throws {
    let points = String(repeating: "1, ", count: 1_000_000)
    let figure = Self.good + "  - polyline: [\(points)1]\n"
    let clock = ContinuousClock()
    let started = clock.now
    let error = try #require(try bundle(figure: figure).load().errors.first)
    #expect(clock.now - started < .seconds(5))
    #expect(error.file == "figures/port.yaml")
    #expect(error.line == 1)
    #expect(error.message.contains("at most"), "\(error.message)")
  }

  @Test func refusesTooManyPointsInAFileOfAllowedSize() throws {
    let points = (0..<500).map { _ in "1, 1" }.joined(separator: ", ")
    let figure = Self.good.replacingOccurrences(
      of: "[62, 30, 80, 40, 98, 40]", with: "[\(points)]")
    let error = try #require(try bundle(figure: figure).load().errors.first)
    #expect(error.line == 11)
    #expect(error.message.contains("has 1000 numbers"), "\(error.message)")
  }

  @Test func refusesTooManyShapes() throws {
    let shapes = String(repeating: "  - line: [0, 0, 1, 1]\n", count: 201)
    let figure = Self.good.replacingOccurrences(of: "shapes:\n", with: "shapes:\n" + shapes)
    let error = try #require(try bundle(figure: figure).load().errors.first)
    #expect(error.line == 6)
    #expect(error.message.contains("at most 200 shapes"), "\(error.message)")
  }

  @Test func refusesNestingDeeperThanYAMLAllows() throws {
    let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
    let figure = Self.good.replacingOccurrences(of: "[0, 10, 100, 10]", with: deep)
    let error = try #require(try bundle(figure: figure).load().errors.first)
    #expect(error.file == "figures/port.yaml")
    #expect(error.line == 6)
  }

  @Test(arguments: ["[0, 0, 1e308, 60]", "[0, 0, 0, 60]", "[0, 0, nan, 60]", "[0, 0, 100]"])
  func refusesAViewBoxNothingCanBeDrawnIn(_ box: String) throws {
    let figure = Self.good.replacingOccurrences(of: "[0, 0, 100, 60]", with: box)
    let error = try #require(try bundle(figure: figure).load().errors.first)
    #expect(error.line == 4, "\(error)")
  }

  @Test func theShippedFiguresAreAllShownAndDescribed() throws {
    let bundle = try ImplantedPortBundle.load()
    #expect(bundle.figures.count == 6)
    let shown = bundle.figuresInReadingOrder()
    #expect(shown.allSatisfy { $0.shownIn != nil })
    #expect(bundle.figures.values.allSatisfy { !$0.description.isEmpty })
  }
}
