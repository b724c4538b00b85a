/// A figure as lines for a character screen: for the terminal, its title, the drawing in braille
/// (coloured by role when colour is on), a numbered key of its labels and its caption; for
/// `--plain`, its title and description in words only.
struct FigureTerminalLayout {
  let figure: Figure
  let width: Int
  let maximumRows: Int
  let writer: StyleWriter

  /// The terminal's lines: title, drawing, key, caption.
  func terminalLines() -> LineBuffer {
    var lines = LineBuffer()
    lines += wrapped(figure.title, style: .strong)
    let canvas = FigureRasterizer.canvas(
      for: figure.drawing, columns: width, maximumRows: maximumRows)
    let rows = (0..<canvas.rows).filter { !canvas.rowIsEmpty($0) }
    if let first = rows.first, let last = rows.last {
      for row in first...last { lines.append(line(ofRow: row, canvas)) }
    }
    lines.appendBlank()
    for (index, label) in figure.drawing.labels.enumerated() {
      let number = String(index + 1)
      let indent = number.count + 1
      let words = LineWrapper.wrap(
        [StyledRun(text: TextSanitizer.sanitize(label.text), style: [])],
        width: max(width - indent, 1), writer: writer)
      for (offset, wordsLine) in words.enumerated() {
        let prefix =
          offset == 0
          ? Line(text: writer.styled(number, .marker) + " ", width: indent)
          : Line(text: String(repeating: " ", count: indent), width: indent)
        lines.append(prefix + wordsLine)
      }
    }
    lines.appendBlank()
    lines += wrapped(figure.caption, style: .emphasis)
    return lines
  }

  /// The words a screen reader or a plain page gets instead of the drawing.
  func plainLines() -> LineBuffer {
    wrapped("Figure: \(figure.title). \(figure.description)", style: [])
  }

  private func wrapped(_ text: String, style: TextStyle) -> LineBuffer {
    LineWrapper.wrap(
      [StyledRun(text: TextSanitizer.sanitize(text), style: style)], width: width, writer: writer)
  }

  /// One row of cells, each run of one role styled once, trailing blanks left off.
  private func line(ofRow row: Int, _ canvas: BrailleCanvas) -> Line {
    var text = ""
    var width = 0
    var pending = ""
    var pendingRole: FigureRole?
    var pendingIsMark = false
    var blanks = 0
    func flush() {
      guard !pending.isEmpty else { return }
      if pendingIsMark {
        text += writer.styled(pending, .marker)
      } else if let pendingRole {
        text += writer.styled(pending, figureRole: pendingRole)
      }
      pending = ""
    }
    for column in 0..<canvas.columns {
      let cell = canvas.cell(column: column, row: row)
      if cell == .empty {
        blanks += 1
        continue
      }
      let (character, role, isMark): (Character, FigureRole?, Bool) =
        switch cell {
        case .empty: (" ", nil, false)
        case .dots(let character, let role): (character, role, false)
        case .mark(let character): (character, nil, true)
        }
      if blanks > 0 || isMark != pendingIsMark || role != pendingRole {
        flush()
        if blanks > 0 {
          text += String(repeating: " ", count: blanks)
          width += blanks
          blanks = 0
        }
        pendingRole = role
        pendingIsMark = isMark
      }
      pending.append(character)
      width += 1
    }
    flush()
    return Line(text: text, width: width)
  }
}
