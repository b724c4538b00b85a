/// A grid of terminal cells, each a Unicode braille character of 2 × 4 dots, that shapes are
/// drawn onto dot by dot. Every cell remembers the role of the last stroke through it (or, when
/// no stroke passes, of the last fill), so it can be coloured.
struct BrailleCanvas {
  let columns: Int
  let rows: Int
  var dotWidth: Int { columns * 2 }
  var dotHeight: Int { rows * 4 }

  private(set) var bits: [UInt8]
  private(set) var strokeRoles: [FigureRole?]
  private(set) var fillRoles: [FigureRole?]
  /// Text written over cells (a label's number), by cell index.
  private(set) var marks: [Int: Character] = [:]

  init(columns: Int, rows: Int) {
    self.columns = max(columns, 1)
    self.rows = max(rows, 1)
    let count = self.columns * self.rows
    bits = Array(repeating: 0, count: count)
    strokeRoles = Array(repeating: nil, count: count)
    fillRoles = Array(repeating: nil, count: count)
  }

  /// The bit of each dot in a braille cell, by column (0–1) and row (0–3).
  private static let dotBits: [[UInt8]] = [
    [0x01, 0x02, 0x04, 0x40],
    [0x08, 0x10, 0x20, 0x80],
  ]

  /// Sets the dot at `x`, `y` (dots from the top left); dots off the canvas are ignored.
  mutating func setDot(x: Int, y: Int, role: FigureRole, isFill: Bool = false) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let cell = (y / 4) * columns + x / 2
    bits[cell] |= Self.dotBits[x % 2][y % 4]
    if isFill { fillRoles[cell] = role } else { strokeRoles[cell] = role }
  }

  /// A straight run of dots from one point to another (in dots).
  mutating func drawLine(
    from a: (x: Double, y: Double), to b: (x: Double, y: Double), role: FigureRole
  ) {
    let dx = b.x - a.x
    let dy = b.y - a.y
    let steps = Int(max(abs(dx), abs(dy)).rounded(.up))
    guard steps > 0 else {
      setDot(x: Int(a.x.rounded(.down)), y: Int(a.y.rounded(.down)), role: role)
      return
    }
    for step in 0...steps {
      let t = Double(step) / Double(steps)
      setDot(
        x: Int((a.x + dx * t).rounded(.down)), y: Int((a.y + dy * t).rounded(.down)), role: role)
    }
  }

  /// Shades the inside of a polygon (even–odd rule) with every other dot of every other row, so
  /// a filled shape reads as lighter than its outline.
  mutating func fillPolygon(_ points: [(x: Double, y: Double)], role: FigureRole) {
    guard points.count >= 3 else { return }
    let top = max(0, Int(points.map(\.y).min()!.rounded(.down)))
    let bottom = min(dotHeight - 1, Int(points.map(\.y).max()!.rounded(.up)))
    guard top <= bottom else { return }
    var crossings: [Double] = []
    // One dot in each cell, the second of its left column: an even, light shade.
    for y in stride(from: top - top % 4 + 1, through: bottom, by: 4) {
      let scan = Double(y) + 0.5
      crossings.removeAll(keepingCapacity: true)
      for index in points.indices {
        let a = points[index]
        let b = points[(index + 1) % points.count]
        guard (a.y <= scan) != (b.y <= scan) else { continue }
        crossings.append(a.x + (scan - a.y) / (b.y - a.y) * (b.x - a.x))
      }
      crossings.sort()
      var index = 0
      while index + 1 < crossings.count {
        let start = max(0, Int(crossings[index].rounded(.up)))
        let end = min(dotWidth - 1, Int(crossings[index + 1].rounded(.down)))
        if start <= end {
          for x in start...end where x % 2 == 0 {
            setDot(x: x, y: y, role: role, isFill: true)
          }
        }
        index += 2
      }
    }
  }

  /// Writes `text` over the cells from `column` on `row`, moved along the row so that it fits
  /// and does not cover another mark.
  mutating func mark(_ text: String, column: Int, row: Int) {
    let length = text.count
    guard length <= columns else { return }
    let row = min(max(row, 0), rows - 1)
    let start = min(max(column, 0), columns - length)
    func isFree(_ from: Int) -> Bool {
      (from..<(from + length)).allSatisfy { marks[row * columns + $0] == nil }
    }
    var chosen = start
    if !isFree(start) {
      let candidates = (1..<columns).flatMap { [start + $0, start - $0] }.filter {
        $0 >= 0 && $0 + length <= columns
      }
      guard let free = candidates.first(where: isFree) else { return }
      chosen = free
    }
    for (offset, character) in text.enumerated() {
      marks[row * columns + chosen + offset] = character
    }
  }

  /// What a cell shows: a mark, a braille character, or nothing.
  enum Cell: Equatable {
    case empty
    case dots(Character, FigureRole)
    case mark(Character)
  }

  /// Whether a row shows nothing at all.
  func rowIsEmpty(_ row: Int) -> Bool {
    (0..<columns).allSatisfy { cell(column: $0, row: row) == .empty }
  }

  func cell(column: Int, row: Int) -> Cell {
    let index = row * columns + column
    if let mark = marks[index] { return .mark(mark) }
    let pattern = bits[index]
    guard pattern != 0 else { return .empty }
    let role = strokeRoles[index] ?? fillRoles[index] ?? .outline
    return .dots(Character(Unicode.Scalar(0x2800 + UInt32(pattern))!), role)
  }
}
