/// A figure as inline SVG for a printed page: `role="img"` with a `<title>` and a `<desc>` a
/// screen reader reads, the caption under it, and shades of grey and dark colours that stay
/// distinct when printed in black and white (the role of concern is also dashed). Every text is
/// escaped; the SVG loads nothing and runs nothing.
struct FigureSVG {
  let figure: Figure
  /// Unique on the page: the title's and description's ids start with it.
  let idPrefix: String

  /// How each role is drawn on paper.
  private struct Ink {
    var stroke: String
    var fill: String
    var width: Double
    var dash: String?
  }

  private static func ink(_ role: FigureRole) -> Ink {
    switch role {
    case .outline: Ink(stroke: "#222222", fill: "#eeeeee", width: 1)
    case .skin: Ink(stroke: "#6b4f3a", fill: "#f4e9e1", width: 1)
    case .bone: Ink(stroke: "#555555", fill: "#e6e6e6", width: 1.2)
    case .vein: Ink(stroke: "#1f4e8c", fill: "#dde7f4", width: 2)
    case .device: Ink(stroke: "#111111", fill: "#c8c8c8", width: 1.5)
    case .septum: Ink(stroke: "#111111", fill: "#f2f2f2", width: 1.2)
    case .catheter: Ink(stroke: "#4b2a76", fill: "#e4dcef", width: 2)
    case .needle: Ink(stroke: "#000000", fill: "#9a9a9a", width: 1.5)
    case .dressing: Ink(stroke: "#2f6f4f", fill: "#eef6f1", width: 1, dash: "3 2")
    case .concern: Ink(stroke: "#a40000", fill: "#f7e0e0", width: 1.2, dash: "2 1.5")
    }
  }

  func render() -> String {
    let box = figure.drawing.viewBox
    let titleID = idPrefix + "-title"
    let descriptionID = idPrefix + "-desc"
    let fontSize = Self.number(max(box.width, box.height) / 32)
    var svg = "<figure class=\"figure\">\n"
    svg +=
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(Self.number(box.x)) "
      + "\(Self.number(box.y)) \(Self.number(box.width)) \(Self.number(box.height))\" "
      + "role=\"img\" aria-labelledby=\"\(titleID) \(descriptionID)\" "
      + "style=\"max-width: 100%; height: auto\" width=\"\(Self.number(min(box.width * 3, 560)))\">\n"
    svg += "<title id=\"\(titleID)\">\(Self.escape(figure.title))</title>\n"
    svg += "<desc id=\"\(descriptionID)\">\(Self.escape(figure.description))</desc>\n"
    svg += "<g stroke-linecap=\"round\" stroke-linejoin=\"round\">\n"
    for shape in figure.drawing.shapes { svg += element(for: shape) + "\n" }
    svg += "</g>\n"
    // Labels are numbers on the drawing, as in the terminal, with the words in a key under it:
    // words on the drawing itself would run off its edges or over its parts.
    if !figure.drawing.labels.isEmpty {
      let radius = Self.number(max(box.width, box.height) / 45)
      svg +=
        "<g font-family=\"sans-serif\" font-size=\"\(fontSize)\" font-weight=\"bold\" "
        + "text-anchor=\"middle\" dominant-baseline=\"central\">\n"
      for (index, label) in figure.drawing.labels.enumerated() {
        let x = Self.number(label.at.x)
        let y = Self.number(label.at.y)
        svg +=
          "<line x1=\"\(x)\" y1=\"\(y)\" x2=\"\(Self.number(label.pointsAt.x))\" "
          + "y2=\"\(Self.number(label.pointsAt.y))\" stroke=\"#444444\" stroke-width=\"0.6\" />\n"
        svg +=
          "<circle cx=\"\(Self.number(label.pointsAt.x))\" cy=\"\(Self.number(label.pointsAt.y))\" "
          + "r=\"1\" fill=\"#444444\" />\n"
        svg +=
          "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(radius)\" fill=\"#ffffff\" stroke=\"#000000\" "
          + "stroke-width=\"0.6\" />\n"
        svg += "<text x=\"\(x)\" y=\"\(y)\" fill=\"#000000\">\(index + 1)</text>\n"
      }
      svg += "</g>\n"
    }
    svg += "</svg>\n"
    svg += "<figcaption>\n"
    svg += "<p><strong>\(Self.escape(figure.title)).</strong> \(Self.escape(figure.caption))</p>\n"
    if !figure.drawing.labels.isEmpty {
      svg += "<ol class=\"figure-key\">\n"
      for label in figure.drawing.labels { svg += "<li>\(Self.escape(label.text))</li>\n" }
      svg += "</ol>\n"
    }
    svg += "</figcaption>\n"
    svg += "</figure>\n"
    return svg
  }

  private func element(for shape: FigureShape) -> String {
    let ink = Self.ink(shape.role)
    var paint =
      "stroke=\"\(ink.stroke)\" stroke-width=\"\(Self.number(ink.width))\" "
      + "fill=\"\(shape.filled && shape.isClosed ? ink.fill : "none")\""
    if let dash = ink.dash { paint += " stroke-dasharray=\"\(dash)\"" }
    switch shape.geometry {
    case .line(let a, let b):
      return
        "<line x1=\"\(Self.number(a.x))\" y1=\"\(Self.number(a.y))\" x2=\"\(Self.number(b.x))\" "
        + "y2=\"\(Self.number(b.y))\" \(paint) />"
    case .polyline(let points, let closed):
      let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
      return "<\(closed ? "polygon" : "polyline") points=\"\(list)\" \(paint) />"
    case .rectangle(let box):
      return
        "<rect x=\"\(Self.number(box.x))\" y=\"\(Self.number(box.y))\" "
        + "width=\"\(Self.number(box.width))\" height=\"\(Self.number(box.height))\" \(paint) />"
    case .ellipse(let center, let radiusX, let radiusY):
      return
        "<ellipse cx=\"\(Self.number(center.x))\" cy=\"\(Self.number(center.y))\" "
        + "rx=\"\(Self.number(radiusX))\" ry=\"\(Self.number(radiusY))\" \(paint) />"
    case .arc:
      let points = FigureRasterizer.outlinePoints(shape.geometry, scale: 4)
      let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
      return "<polyline points=\"\(list)\" \(paint) />"
    }
  }

  /// A coordinate with at most two decimals and no exponent.
  static func number(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    guard hundredths.magnitude < 1e12 else { return "0" }
    let whole = Int(hundredths)
    let sign = whole < 0 ? "-" : ""
    let magnitude = whole.magnitude
    let fraction = magnitude % 100
    let integer = "\(sign)\(magnitude / 100)"
    if fraction == 0 { return integer }
    return fraction % 10 == 0
      ? "\(integer).\(fraction / 10)" : "\(integer).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  private static func escape(_ text: String) -> String {
    HTMLFormatter.escape(TextSanitizer.sanitize(text))
  }
}
