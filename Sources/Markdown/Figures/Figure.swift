/// A drawing a bundle ships in `figures/<id>.yaml`, with the words that go with it: a title, a
/// caption under it, and a description that says in words what the drawing shows, for screen
/// readers and for `--plain`.
public struct Figure: Sendable, Hashable {
  public var id: String
  public var title: String
  public var caption: String
  public var description: String
  public var drawing: FigureDrawing

  public init(
    id: String, title: String, caption: String, description: String, drawing: FigureDrawing
  ) {
    self.id = id
    self.title = title
    self.caption = caption
    self.description = description
    self.drawing = drawing
  }
}

/// The vector drawing of a figure: shapes and labels in the coordinates of its view box, with y
/// growing downward (as in SVG).
public struct FigureDrawing: Sendable, Hashable {
  public var viewBox: FigureBox
  /// Drawn in order: a later shape is drawn over an earlier one.
  public var shapes: [FigureShape]
  public var labels: [FigureLabel]

  public init(viewBox: FigureBox, shapes: [FigureShape], labels: [FigureLabel]) {
    self.viewBox = viewBox
    self.shapes = shapes
    self.labels = labels
  }
}

/// A rectangle of the drawing's plane: where it starts and how large it is.
public struct FigureBox: Sendable, Hashable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// Whether `point` lies inside the box or on its edge.
  public func contains(_ point: FigurePoint) -> Bool {
    point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height
  }
}

public struct FigurePoint: Sendable, Hashable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// One shape of a drawing, drawn in the colour (or, in print, the shade) of its role.
public struct FigureShape: Sendable, Hashable {
  public enum Geometry: Sendable, Hashable {
    case line(FigurePoint, FigurePoint)
    /// Points joined in order; a closed one joins the last to the first (a polygon).
    case polyline([FigurePoint], closed: Bool)
    case rectangle(FigureBox)
    case ellipse(center: FigurePoint, radiusX: Double, radiusY: Double)
    /// Part of an ellipse's outline, from one angle to another in degrees, clockwise on the
    /// screen, 0 pointing right and 90 down.
    case arc(center: FigurePoint, radiusX: Double, radiusY: Double, from: Double, to: Double)
  }

  public var geometry: Geometry
  public var role: FigureRole
  /// Whether the inside is shaded (closed shapes only).
  public var filled: Bool

  public init(geometry: Geometry, role: FigureRole, filled: Bool = false) {
    self.geometry = geometry
    self.role = role
    self.filled = filled
  }

  /// Whether the shape has an inside that can be shaded.
  public var isClosed: Bool {
    switch geometry {
    case .line, .arc: false
    case .polyline(_, let closed): closed
    case .rectangle, .ellipse: true
    }
  }
}

/// What a part of a drawing is, which sets its colour in the terminal and its shade on paper.
public enum FigureRole: String, Sendable, Hashable, CaseIterable {
  case outline, skin, bone, vein, device, septum, catheter, needle, dressing, concern
}

/// Words that name a part of a drawing: a leader line runs from the words to the point.
public struct FigureLabel: Sendable, Hashable {
  public var text: String
  /// The point the label names, where the leader line ends.
  public var pointsAt: FigurePoint
  /// Where the words (in the terminal, the label's number) sit.
  public var at: FigurePoint

  public init(text: String, pointsAt: FigurePoint, at: FigurePoint) {
    self.text = text
    self.pointsAt = pointsAt
    self.at = at
  }
}
