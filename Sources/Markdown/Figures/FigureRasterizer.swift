#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Draws a figure's shapes and labels onto a `BrailleCanvas` scaled to a number of columns.
///
/// Braille dots are about square on a terminal (a cell is twice as tall as it is wide, and holds
/// 2 × 4 dots), so the drawing keeps its proportions. It is as wide as the columns allow, but at
/// most `maximumRows` tall, so a figure never pushes its own words off the screen. Labels become
/// numbers on the drawing, each with a dotted leader line to what it names; the words go in a
/// key below (see `FigureTerminalLayout`), so they stay readable at any width.
enum FigureRasterizer {
  static func canvas(for drawing: FigureDrawing, columns: Int, maximumRows: Int)
    -> BrailleCanvas
  {
    let box = drawing.viewBox
    let columns = max(columns, 4)
    let scale = min(
      Double(columns * 2) / box.width, Double(maximumRows * 4) / box.height)
    let usedColumns = max(1, Int((box.width * scale / 2).rounded(.up)))
    let usedRows = max(1, Int((box.height * scale / 4).rounded(.up)))
    var canvas = BrailleCanvas(columns: min(usedColumns, columns), rows: usedRows)
    func dot(_ point: FigurePoint) -> (x: Double, y: Double) {
      ((point.x - box.x) * scale, (point.y - box.y) * scale)
    }
    for shape in drawing.shapes {
      let outline = outlinePoints(shape.geometry, scale: scale).map(dot)
      if shape.filled, shape.isClosed { canvas.fillPolygon(outline, role: shape.role) }
      for (a, b) in zip(outline, outline.dropFirst()) {
        canvas.drawLine(from: a, to: b, role: shape.role)
      }
      if outline.count == 1 { canvas.drawLine(from: outline[0], to: outline[0], role: shape.role) }
    }
    for label in drawing.labels {
      drawLeader(from: dot(label.at), to: dot(label.pointsAt), on: &canvas)
    }
    for (index, label) in drawing.labels.enumerated() {
      let at = dot(label.at)
      canvas.mark(String(index + 1), column: Int(at.x / 2), row: Int(at.y / 4))
    }
    return canvas
  }

  /// Every other dot along the leader, so it reads lighter than the drawing's own lines.
  private static func drawLeader(
    from a: (x: Double, y: Double), to b: (x: Double, y: Double), on canvas: inout BrailleCanvas
  ) {
    let steps = Int(max(abs(b.x - a.x), abs(b.y - a.y)).rounded(.up))
    guard steps > 0 else { return }
    for step in stride(from: 0, through: steps, by: 2) {
      let t = Double(step) / Double(steps)
      canvas.setDot(
        x: Int((a.x + (b.x - a.x) * t).rounded(.down)),
        y: Int((a.y + (b.y - a.y) * t).rounded(.down)), role: .outline)
    }
  }

  /// The points of a shape's outline in the drawing's coordinates, in order (closed shapes end
  /// where they start), sampled finely enough for the dots of `scale`.
  static func outlinePoints(_ geometry: FigureShape.Geometry, scale: Double) -> [FigurePoint] {
    switch geometry {
    case .line(let a, let b):
      return [a, b]
    case .polyline(let points, let closed):
      return closed && points.count > 2 ? points + [points[0]] : points
    case .rectangle(let box):
      let corners = [
        FigurePoint(x: box.x, y: box.y), FigurePoint(x: box.x + box.width, y: box.y),
        FigurePoint(x: box.x + box.width, y: box.y + box.height),
        FigurePoint(x: box.x, y: box.y + box.height),
      ]
      return corners + [corners[0]]
    case .ellipse(let center, let radiusX, let radiusY):
      return arcPoints(center, radiusX, radiusY, from: 0, sweep: 360, scale: scale)
    case .arc(let center, let radiusX, let radiusY, let from, let to):
      var sweep = (to - from).truncatingRemainder(dividingBy: 360)
      if sweep <= 0 { sweep += 360 }
      return arcPoints(center, radiusX, radiusY, from: from, sweep: sweep, scale: scale)
    }
  }

  private static func arcPoints(
    _ center: FigurePoint, _ radiusX: Double, _ radiusY: Double, from: Double, sweep: Double,
    scale: Double
  ) -> [FigurePoint] {
    let circumference = 2 * Double.pi * max(radiusX, radiusY) * max(scale, 0.01)
    let count = min(max(8, Int((circumference * sweep / 360).rounded(.up))), 2_000)
    return (0...count).map { step in
      let angle = (from + sweep * Double(step) / Double(count)) * Double.pi / 180
      return FigurePoint(x: center.x + radiusX * cos(angle), y: center.y + radiusY * sin(angle))
    }
  }
}
