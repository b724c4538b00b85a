import Markdown

/// Reads `figures/<id>.yaml`, a figure's words and its drawing (see "Figures" in
/// `docs/content-format.md`), treating the file as untrusted: it is at most `maximumFileSize`,
/// holds at most `maximumShapes` shapes, `maximumPoints` points and `maximumLabels` labels,
/// every number is finite and every point inside the view box, and only the format's own fields
/// are allowed, so a figure can neither load nor run anything. Each problem is an error at its
/// line; a file with any error gives no figure.
enum FigureReader {
  static let maximumFileSize = 64 << 10
  static let maximumShapes = 200
  static let maximumPointsPerShape = 400
  static let maximumPoints = 4_000
  static let maximumLabels = 12
  /// The largest width or height of a view box, and the farthest its corner may be from 0.
  static let maximumExtent = 10_000.0
  static let maximumTitleLength = 80
  static let maximumLabelLength = 48
  static let maximumCaptionLength = 300
  static let maximumDescriptionLength = 1_500

  static let knownFields = ["title", "caption", "description", "view-box", "shapes", "labels"]
  static let geometryFields = [
    "line", "polyline", "polygon", "rectangle", "circle", "ellipse", "arc",
  ]
  static let shapeFields = geometryFields + ["role", "fill"]
  static let labelFields = ["text", "points-at", "at"]
  private static let closedReason =
    "a figure holds only its words and its shapes, and loads or runs nothing"

  static func read(_ text: String, file: String, id: String, log: DiagnosticLog) -> Figure? {
    guard text.utf8.count <= maximumFileSize else {
      log.error(
        file, .start,
        "the figure file is \(text.utf8.count >> 10) KiB; a figure may be at most "
          + "\(maximumFileSize >> 10) KiB, so draw it with fewer points")
      return nil
    }
    var diagnostics: [Diagnostic] = []
    let root = YAMLDocument.parse(text, file: file, diagnostics: &diagnostics)
    log.append(contentsOf: diagnostics)
    guard let root else {
      if diagnostics.isEmpty {
        log.error(file, .start, "the figure file is empty; add its title, description and shapes")
      }
      return nil
    }
    let mark = log.diagnostics.count
    guard
      let fields = FieldReader(
        root, file: file, lineOffset: 0, what: "a figure",
        expected: "title, caption, description, view-box, shapes, labels", log: log)
    else { return nil }
    fields.refuseUnknownFields(known: knownFields, because: closedReason)
    let title = fields.text("title", required: true, hint: "a few words that name the figure")
    let caption =
      fields.text("caption", required: true, hint: "one short sentence to show under the figure")
    let description = fields.text(
      "description", required: true,
      hint: "what the drawing shows, in words, for people who cannot see it and for plain text")
    checkLength(title, "title", maximumTitleLength, fields)
    checkLength(caption, "caption", maximumCaptionLength, fields)
    checkLength(description, "description", maximumDescriptionLength, fields)

    var reader = Reader(fields: fields, log: log, file: file)
    let viewBox = reader.viewBox()
    var shapes: [FigureShape] = []
    var labels: [FigureLabel] = []
    if let viewBox {
      shapes = reader.shapes(in: viewBox)
      labels = reader.labels(in: viewBox)
    }
    let foundErrors = log.diagnostics[mark...].contains { $0.severity == .error }
    guard !foundErrors, let title, let caption, let description, let viewBox
    else { return nil }
    return Figure(
      id: id, title: title, caption: caption, description: description,
      drawing: FigureDrawing(viewBox: viewBox, shapes: shapes, labels: labels))
  }

  private static func checkLength(
    _ text: String?, _ key: String, _ limit: Int, _ fields: FieldReader
  ) {
    guard let text, text.count > limit else { return }
    fields.log.error(
      fields.file, fields.location(ofField: key),
      "`\(key)` has \(text.count) characters; keep it to \(limit) or fewer")
  }

  /// Reads the drawing's parts, counting points across shapes.
  private struct Reader {
    let fields: FieldReader
    let log: DiagnosticLog
    let file: String
    var pointCount = 0

    init(fields: FieldReader, log: DiagnosticLog, file: String) {
      self.fields = fields
      self.log = log
      self.file = file
    }

    func viewBox() -> FigureBox? {
      guard let node = fields.node("view-box") else {
        log.error(
          file, fields.location,
          "a figure has no `view-box`; add `view-box: [0, 0, 200, 150]` (left, top, width, "
            + "height) for the plane its shapes are drawn on")
        return nil
      }
      guard let values = numbers(node, field: "view-box", count: 4...4) else { return nil }
      let box = FigureBox(x: values[0], y: values[1], width: values[2], height: values[3])
      guard box.width > 0, box.height > 0, box.width <= maximumExtent,
        box.height <= maximumExtent, abs(box.x) <= maximumExtent, abs(box.y) <= maximumExtent
      else {
        log.error(
          file, location(node),
          "`view-box` should be left, top, width and height, with a width and height above 0 "
            + "and every number at most \(Int(maximumExtent)) away from 0")
        return nil
      }
      return box
    }

    mutating func shapes(in box: FigureBox) -> [FigureShape] {
      guard
        let entries = list(
          "shapes", limit: maximumShapes, what: "shapes", required: true,
          hint: "a list of the lines and shapes to draw")
      else { return [] }
      var shapes: [FigureShape] = []
      for entry in entries {
        guard
          let shape = FieldReader(
            entry, file: file, lineOffset: 0, what: "a shape",
            expected: "one of \(geometryFields.joined(separator: ", ")), and role or fill",
            log: log)
        else { continue }
        if let read = self.shape(shape, in: box) { shapes.append(read) }
      }
      return shapes
    }

    private mutating func shape(_ shape: FieldReader, in box: FigureBox) -> FigureShape? {
      shape.refuseUnknownFields(known: shapeFields, because: closedReason)
      let kinds = geometryFields.filter(shape.has)
      guard kinds.count == 1, let kind = kinds.first, let node = shape.node(kind) else {
        log.error(
          file, shape.location,
          kinds.isEmpty
            ? "a shape needs one of \(geometryFields.map { "`\($0):`" }.joined(separator: ", "))"
            : "a shape has \(kinds.map { "`\($0)`" }.joined(separator: " and ")); give each "
              + "its own entry in `shapes`")
        return nil
      }
      var role = FigureRole.outline
      if let name = shape.text("role") {
        guard let known = FigureRole(rawValue: name) else {
          log.error(
            file, shape.location(ofField: "role"),
            "\(Quoting.quote(name)) is not a role; use one of "
              + FigureRole.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "))
          return nil
        }
        role = known
      }
      let filled = shape.bool("fill") ?? false
      guard let geometry = geometry(kind, node, in: box) else { return nil }
      let read = FigureShape(geometry: geometry, role: role, filled: filled)
      if filled, !read.isClosed {
        log.error(
          file, shape.location(ofField: "fill"),
          "only a closed shape (polygon, rectangle, circle, ellipse) can be filled; remove "
            + "`fill`, or draw a `polygon`")
        return nil
      }
      return read
    }

    private mutating func geometry(_ kind: String, _ node: YAMLNode, in box: FigureBox)
      -> FigureShape.Geometry?
    {
      switch kind {
      case "line":
        guard let v = numbers(node, field: kind, count: 4...4),
          let points = inside(pairs(v), node, kind, box)
        else { return nil }
        return .line(points[0], points[1])
      case "polyline", "polygon":
        let minimum = kind == "polygon" ? 6 : 4
        guard
          let v = numbers(
            node, field: kind, count: minimum...(maximumPointsPerShape * 2), even: true),
          let points = inside(pairs(v), node, kind, box)
        else { return nil }
        pointCount += points.count
        guard pointCount <= maximumPoints else {
          log.error(
            file, location(node),
            "the figure has more than \(maximumPoints) points with this shape; draw it with "
              + "fewer points")
          return nil
        }
        return .polyline(points, closed: kind == "polygon")
      case "rectangle":
        guard let v = numbers(node, field: kind, count: 4...4) else { return nil }
        guard v[2] > 0, v[3] > 0 else {
          return sizeProblem(
            node, kind, "left, top, width, height, with a width and height above 0")
        }
        let rectangle = FigureBox(x: v[0], y: v[1], width: v[2], height: v[3])
        guard
          inside(
            [
              FigurePoint(x: v[0], y: v[1]), FigurePoint(x: v[0] + v[2], y: v[1] + v[3]),
            ], node, kind, box) != nil
        else { return nil }
        return .rectangle(rectangle)
      case "circle", "ellipse", "arc":
        let count = kind == "circle" ? 3 : kind == "ellipse" ? 4 : 6
        guard let v = numbers(node, field: kind, count: count...count) else { return nil }
        let radiusX = v[2]
        let radiusY = kind == "circle" ? v[2] : v[3]
        guard radiusX > 0, radiusY > 0 else {
          let order =
            kind == "circle"
            ? "center x, center y, radius"
            : kind == "ellipse"
              ? "center x, center y, radius across, radius down"
              : "center x, center y, radius across, radius down, from angle, to angle"
          return sizeProblem(node, kind, "\(order), with radii above 0")
        }
        let center = FigurePoint(x: v[0], y: v[1])
        let corners = [
          FigurePoint(x: v[0] - radiusX, y: v[1] - radiusY),
          FigurePoint(x: v[0] + radiusX, y: v[1] + radiusY),
        ]
        guard inside(corners, node, kind, box) != nil else { return nil }
        if kind != "arc" { return .ellipse(center: center, radiusX: radiusX, radiusY: radiusY) }
        guard abs(v[4]) <= 720, abs(v[5]) <= 720 else {
          return sizeProblem(node, kind, "angles in degrees between -720 and 720")
        }
        return .arc(center: center, radiusX: radiusX, radiusY: radiusY, from: v[4], to: v[5])
      default:
        return nil
      }
    }

    func labels(in box: FigureBox) -> [FigureLabel] {
      guard let entries = list("labels", limit: maximumLabels, what: "labels") else { return [] }
      var labels: [FigureLabel] = []
      for entry in entries {
        guard
          let label = FieldReader(
            entry, file: file, lineOffset: 0, what: "a label", expected: "text, points-at, at",
            log: log)
        else { continue }
        label.refuseUnknownFields(known: labelFields, because: closedReason)
        let text = label.text("text", required: true, hint: "the words that name the part")
        if let text, text.count > maximumLabelLength {
          log.error(
            file, label.location(ofField: "text"),
            "a label has \(text.count) characters; keep it to \(maximumLabelLength) or fewer, "
              + "and say more in the caption")
        }
        let pointsAt = point(label, "points-at", in: box)
        let at = point(label, "at", in: box)
        if let text, let pointsAt, let at {
          labels.append(FigureLabel(text: text, pointsAt: pointsAt, at: at))
        }
      }
      return labels
    }

    private func point(_ fields: FieldReader, _ key: String, in box: FigureBox) -> FigurePoint? {
      guard let node = fields.node(key) else {
        log.error(file, fields.location, "a label has no `\(key)`; add `\(key): [x, y]`")
        return nil
      }
      guard let v = numbers(node, field: key, count: 2...2),
        let points = inside(pairs(v), node, key, box)
      else { return nil }
      return points[0]
    }

    // MARK: - Lists and numbers

    /// The entries of a list field, refused whole when it has more than `limit`.
    private func list(
      _ key: String, limit: Int, what: String, required: Bool = false, hint: String = ""
    ) -> [YAMLNode]? {
      guard let node = fields.node(key) else {
        if required {
          log.error(file, fields.location, "a figure has no `\(key)`; add `\(key):` with \(hint)")
        }
        return nil
      }
      guard case .sequence(let entries) = node.content else {
        if FieldReader.scalarText(node) == nil, !required { return [] }
        log.error(
          file, location(node),
          "`\(key)` should be a list (each entry starting with `- `), not "
            + FieldReader.kind(node))
        return nil
      }
      guard entries.count <= limit else {
        log.error(
          file, location(node),
          "`\(key)` has \(entries.count) entries; a figure may have at most \(limit) \(what)")
        return nil
      }
      return entries
    }

    /// A bracketed list of finite numbers, with a count in `count` (and even, for points).
    func numbers(
      _ node: YAMLNode, field: String, count: ClosedRange<Int>, even: Bool = false
    ) -> [Double]? {
      let shape =
        count.lowerBound == count.upperBound
        ? "\(count.lowerBound) numbers" : "from \(count.lowerBound) to \(count.upperBound) numbers"
      guard case .sequence(let items) = node.content else {
        log.error(
          file, location(node), "`\(field)` should be a list of \(shape), like `[10, 20]`")
        return nil
      }
      guard count.contains(items.count), !even || items.count % 2 == 0 else {
        log.error(
          file, location(node),
          "`\(field)` has \(items.count) numbers; it takes \(shape)"
            + (even ? ", an x and a y for each point" : ""))
        return nil
      }
      var values: [Double] = []
      values.reserveCapacity(items.count)
      for item in items {
        guard case .scalar(let text, _) = item.content, let value = Double(text), value.isFinite,
          abs(value) <= maximumExtent * 2
        else {
          let shown = item.text.map { Quoting.quote($0, limit: 20) } ?? FieldReader.kind(item)
          log.error(
            file, location(item),
            "\(shown) in `\(field)` is not a number a drawing can use; write a plain number "
              + "such as `12` or `7.5`, inside the view box")
          return nil
        }
        values.append(value)
      }
      return values
    }

    private func pairs(_ values: [Double]) -> [FigurePoint] {
      stride(from: 0, to: values.count - 1, by: 2).map {
        FigurePoint(x: values[$0], y: values[$0 + 1])
      }
    }

    /// The points when all are inside the view box; otherwise nil, with the first outside said.
    private func inside(
      _ points: [FigurePoint], _ node: YAMLNode, _ field: String, _ box: FigureBox
    ) -> [FigurePoint]? {
      guard let outside = points.first(where: { !box.contains($0) }) else { return points }
      log.error(
        file, location(node),
        "`\(field)` reaches (\(FigureReader.shown(outside.x)), \(FigureReader.shown(outside.y))), "
          + "outside the view box; keep every point inside it")
      return nil
    }

    private func sizeProblem(_ node: YAMLNode, _ field: String, _ expected: String)
      -> FigureShape.Geometry?
    {
      log.error(file, location(node), "`\(field)` should be \(expected)")
      return nil
    }

    private func location(_ node: YAMLNode) -> SourceLocation {
      FieldReader.location(of: node, lineOffset: 0)
    }
  }

  static func shown(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
