import BuiltInContent
import Curriculum
import Foundation
import Markdown

/// How long drawing the shipped bundle's largest figure (the most points and shapes) takes at
/// 120 columns, in colour and in monochrome, each of 200 rounds on its own clock after 20
/// warm-up rounds; the target is at most 2 ms. Also every figure's SVG, and what decoding the
/// built-in bundle costs now that it carries figures.
enum FigureBenchmark {
  static func run() throws {
    let decodeStart = DispatchTime.now().uptimeNanoseconds
    let bundle = try BuiltInBundle.load()
    let decode = Double(DispatchTime.now().uptimeNanoseconds - decodeStart) / 1000
    guard
      let largest = bundle.figures.values.max(by: { size(of: $0) < size(of: $1) })
    else {
      print("figures: the built-in bundle has no figures")
      return
    }
    // As `show` draws a figure alone: the most rows, the most work.
    let options = RenderOptions.bundleContent(
      from: "topics", figures: FigureShelf(bundle.figures, maximumRows: FigureShelf.aloneRows))
    let document = MarkdownDocument(parsing: "```figure id=\(largest.id)\n```\n")
    for color in [true, false] {
      let renderer = TerminalRenderer(width: 120, color: color, options: options)
      var samples: [Double] = []
      var bytes = 0
      for round in 0..<220 {
        let start = DispatchTime.now().uptimeNanoseconds
        bytes = renderer.render(document).utf8.count
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        if round >= 20 { samples.append(elapsed) }
      }
      samples.sort()
      print(
        String(
          format: "figures: %@ (%d shapes, %d numbers) at 120 columns, %@: median %.3f ms, "
            + "p90 %.3f ms, max %.3f ms, %d bytes (target ≤ 2 ms)",
          largest.id, largest.drawing.shapes.count, size(of: largest),
          color ? "colour" : "monochrome", samples[samples.count / 2],
          samples[samples.count * 9 / 10], samples.last ?? 0, bytes))
    }
    let html = HTMLRenderer(options: options)
    let svgStart = DispatchTime.now().uptimeNanoseconds
    for id in bundle.figures.keys {
      _ = html.render(MarkdownDocument(parsing: "```figure id=\(id)\n```\n"))
    }
    let svg = Double(DispatchTime.now().uptimeNanoseconds - svgStart) / 1_000_000
    print(
      String(
        format: "figures: all %d as SVG in %.3f ms; decoding the built-in bundle: %.0f µs",
        bundle.figures.count, svg, decode))
  }

  /// How many numbers a figure's drawing holds, a measure of its work.
  private static func size(of figure: Figure) -> Int {
    figure.drawing.shapes.reduce(figure.drawing.labels.count * 4) { total, shape in
      switch shape.geometry {
      case .line: total + 4
      case .polyline(let points, _): total + points.count * 2
      case .rectangle, .ellipse: total + 4
      case .arc: total + 6
      }
    }
  }
}
