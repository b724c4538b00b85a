import Markdown

/// Figures in the cache's byte format (part of `BundleCache.formatVersion` 6).
extension Figure {
  func encode(to writer: inout BinaryWriter) {
    for text in [id, title, caption, description] { writer.write(text) }
    drawing.viewBox.encode(to: &writer)
    writer.write(drawing.shapes) { writer, shape in
      writer.write(shape.role.rawValue)
      writer.write(shape.filled)
      switch shape.geometry {
      case .line(let a, let b):
        writer.write(0)
        writer.write([a, b]) { $1.encode(to: &$0) }
      case .polyline(let points, let closed):
        writer.write(closed ? 2 : 1)
        writer.write(points) { $1.encode(to: &$0) }
      case .rectangle(let box):
        writer.write(3)
        box.encode(to: &writer)
      case .ellipse(let center, let radiusX, let radiusY):
        writer.write(4)
        center.encode(to: &writer)
        for value in [radiusX, radiusY] { writer.write(value) }
      case .arc(let center, let radiusX, let radiusY, let from, let to):
        writer.write(5)
        center.encode(to: &writer)
        for value in [radiusX, radiusY, from, to] { writer.write(value) }
      }
    }
    writer.write(drawing.labels) { writer, label in
      writer.write(label.text)
      label.pointsAt.encode(to: &writer)
      label.at.encode(to: &writer)
    }
  }

  init(from reader: inout BinaryReader) throws {
    let texts = try (0..<4).map { _ in try reader.readString() }
    let viewBox = try FigureBox(from: &reader)
    let shapes = try reader.readArray { reader -> FigureShape in
      guard let role = FigureRole(rawValue: try reader.readString()) else {
        throw BinaryReader.Malformed()
      }
      let filled = try reader.readBool()
      let geometry: FigureShape.Geometry
      switch try reader.readInt() {
      case 0:
        let points = try reader.readArray { try FigurePoint(from: &$0) }
        guard points.count == 2 else { throw BinaryReader.Malformed() }
        geometry = .line(points[0], points[1])
      case let kind where kind == 1 || kind == 2:
        geometry = .polyline(try reader.readArray { try FigurePoint(from: &$0) }, closed: kind == 2)
      case 3:
        geometry = .rectangle(try FigureBox(from: &reader))
      case 4:
        geometry = .ellipse(
          center: try FigurePoint(from: &reader), radiusX: try reader.readDouble(),
          radiusY: try reader.readDouble())
      case 5:
        geometry = .arc(
          center: try FigurePoint(from: &reader), radiusX: try reader.readDouble(),
          radiusY: try reader.readDouble(), from: try reader.readDouble(),
          to: try reader.readDouble())
      default:
        throw BinaryReader.Malformed()
      }
      return FigureShape(geometry: geometry, role: role, filled: filled)
    }
    let labels = try reader.readArray { reader in
      FigureLabel(
        text: try reader.readString(), pointsAt: try FigurePoint(from: &reader),
        at: try FigurePoint(from: &reader))
    }
    self.init(
      id: texts[0], title: texts[1], caption: texts[2], description: texts[3],
      drawing: FigureDrawing(viewBox: viewBox, shapes: shapes, labels: labels))
  }

  /// Whether a figure read back from the cache keeps the limits the loader checks: a real view
  /// box, not too many parts, every number finite.
  var isCoherentForCache: Bool {
    let box = drawing.viewBox
    let numbers =
      [box.x, box.y, box.width, box.height] + drawing.shapes.flatMap(\.numbers)
      + drawing.labels.flatMap { [$0.at.x, $0.at.y, $0.pointsAt.x, $0.pointsAt.y] }
    return Identifier.isValid(id) && box.width > 0 && box.height > 0
      && drawing.shapes.count <= FigureReader.maximumShapes
      && drawing.labels.count <= FigureReader.maximumLabels
      && numbers.count <= FigureReader.maximumPoints * 2 + drawing.shapes.count * 6 + 64
      && numbers.allSatisfy { $0.isFinite && abs($0) <= FigureReader.maximumExtent * 2 }
  }
}

extension FigureShape {
  fileprivate var numbers: [Double] {
    switch geometry {
    case .line(let a, let b): [a.x, a.y, b.x, b.y]
    case .polyline(let points, _): points.flatMap { [$0.x, $0.y] }
    case .rectangle(let box): [box.x, box.y, box.width, box.height]
    case .ellipse(let center, let radiusX, let radiusY): [center.x, center.y, radiusX, radiusY]
    case .arc(let center, let radiusX, let radiusY, let from, let to):
      [center.x, center.y, radiusX, radiusY, from, to]
    }
  }
}

extension FigurePoint {
  fileprivate func encode(to writer: inout BinaryWriter) {
    writer.write(x)
    writer.write(y)
  }

  fileprivate init(from reader: inout BinaryReader) throws {
    self.init(x: try reader.readDouble(), y: try reader.readDouble())
  }
}

extension FigureBox {
  fileprivate func encode(to writer: inout BinaryWriter) {
    for value in [x, y, width, height] { writer.write(value) }
  }

  fileprivate init(from reader: inout BinaryReader) throws {
    self.init(
      x: try reader.readDouble(), y: try reader.readDouble(), width: try reader.readDouble(),
      height: try reader.readDouble())
  }
}
