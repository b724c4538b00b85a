/// Draws a table within a width: box-drawn with shrinking, wrapping columns in the
/// terminal; one sentence per row ("Header: value; Header: value.") for screen readers, and
/// also in the terminal when even one narrow character per column would not fit.
struct TableLayout {
  let table: Table
  let width: Int
  let flavor: BlockLayout.Flavor
  var writer: StyleWriter

  init(table: Table, width: Int, flavor: BlockLayout.Flavor, writer: StyleWriter) {
    self.table = table
    self.width = width
    self.flavor = flavor
    self.writer = writer
  }

  mutating func lines() -> [Line] {
    let columns = table.alignments.count
    // Borders take columns + 1, padding two per column; each column needs 3 to be useful.
    if flavor == .plain || columns == 0 || width - (3 * columns + 1) < 3 * columns {
      return rowsInWords()
    }
    return boxed()
  }

  // MARK: - Rows in words

  private mutating func rowsInWords() -> [Line] {
    var result: [Line] = []
    let headers = table.header.map { Inline.plainText(of: $0).trimmingTrailingWhitespace }
    for row in table.rows {
      var runs: [StyledRun] = []
      var first = true
      for (index, cell) in row.enumerated() where !cell.isEmpty {
        if !first { runs.append(StyledRun(text: "; ", style: [])) }
        first = false
        if !headers[index].isEmpty {
          runs.append(
            StyledRun(text: TextSanitizer.sanitize(headers[index]) + ": ", style: .tableHeader))
        }
        runs += InlineRuns.runs(for: cell) { $0.showsURLs = true }
      }
      if runs.isEmpty { continue }
      if !result.isEmpty { result.append(.blank) }
      if let last = runs.last?.text.unicodeScalars.last, !ByteClass.isUnicodePunctuation(last) {
        runs.append(StyledRun(text: ".", style: []))
      }
      result += LineWrapper.wrap(runs, width: width, writer: writer)
    }
    if result.isEmpty {
      let runs = [
        StyledRun(
          text: TextSanitizer.sanitize(headers.joined(separator: "; ")), style: .tableHeader)
      ]
      result = Array(LineWrapper.wrap(runs, width: width, writer: writer))
    }
    return result
  }

  // MARK: - Box drawing

  private mutating func boxed() -> [Line] {
    let columns = table.alignments.count
    let header = table.header.map { InlineRuns.runs(for: $0, style: .tableHeader) }
    let body = table.rows.map { row in row.map { InlineRuns.runs(for: $0) } }
    var natural = [Int](repeating: 1, count: columns)
    var longestWord = [Int](repeating: 1, count: columns)
    for row in [header] + body {
      for (index, runs) in row.enumerated() {
        let (total, longest) = Self.measure(runs)
        natural[index] = max(natural[index], total)
        longestWord[index] = max(longestWord[index], longest)
      }
    }
    let widths = Self.fit(
      natural: natural, longestWord: longestWord, into: width - (3 * columns + 1))
    var result: [Line] = []
    result.append(border("┌", "┬", "┐", widths))
    result += row(header, widths)
    result.append(border("├", "┼", "┤", widths))
    let wrapped = body.map { row($0, widths) }
    let separateRows = wrapped.contains { $0.count > 1 }
    for (index, rowLines) in wrapped.enumerated() {
      if index > 0 && separateRows { result.append(border("├", "┼", "┤", widths)) }
      result += rowLines
    }
    result.append(border("└", "┴", "┘", widths))
    return result
  }

  /// The width of a cell on one line and of its longest word (words may span runs).
  static func measure(_ runs: [StyledRun]) -> (total: Int, longestWord: Int) {
    var total = 0
    var longest = 0
    var word = 0
    for run in runs {
      if run.text.utf8.allSatisfy({ $0 < 0x80 }) {
        for byte in run.text.utf8 {
          total += 1
          if byte == 0x20 || byte == 0x0A {
            longest = max(longest, word)
            word = 0
          } else {
            word += 1
          }
        }
      } else {
        for character in run.text {
          let width = DisplayWidth.of(character)
          total += width
          if character == " " || character == "\n" {
            longest = max(longest, word)
            word = 0
          } else {
            word += width
          }
        }
      }
    }
    return (total, max(longest, word))
  }

  /// Column widths that fit `available`: whole words first (when every column's longest word
  /// fits), then the remaining space shared out toward each column's natural width.
  static func fit(natural: [Int], longestWord: [Int], into available: Int) -> [Int] {
    if natural.reduce(0, +) <= available { return natural }
    let minimum = zip(natural, longestWord).map { min($0, $1) }
    let spare = available - minimum.reduce(0, +)
    guard spare >= 0 else { return fit(minimum, into: available) }
    let extra = zip(natural, minimum).map { $0 - $1 }
    return zip(minimum, fit(extra, into: spare)).map { $0 + $1 }
  }

  /// Widths up to a common level, chosen as high as `available` allows.
  static func fit(_ natural: [Int], into available: Int) -> [Int] {
    if natural.reduce(0, +) <= available { return natural }
    var level = max(available / natural.count, 0)
    while natural.reduce(0, { $0 + min($1, level + 1) }) <= available { level += 1 }
    var widths = natural.map { min($0, level) }
    var spare = available - widths.reduce(0, +)
    for index in widths.indices where spare > 0 && natural[index] > widths[index] {
      widths[index] += 1
      spare -= 1
    }
    return widths
  }

  private func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> Line {
    let horizontal = Array("─".utf8)
    var bytes = writer.sequence(for: .frame)
    bytes.append(contentsOf: left.utf8)
    for (index, columnWidth) in widths.enumerated() {
      if index > 0 { bytes.append(contentsOf: middle.utf8) }
      for _ in 0..<(columnWidth + 2) { bytes.append(contentsOf: horizontal) }
    }
    bytes.append(contentsOf: right.utf8)
    if writer.usesColor { bytes.append(contentsOf: StyleWriter.reset) }
    return Line(bytes: bytes, width: widths.reduce(0, +) + 3 * widths.count + 1)
  }

  private mutating func row(_ cells: [[StyledRun]], _ widths: [Int]) -> [Line] {
    let cellLines = cells.enumerated().map { index, runs in
      LineWrapper.wrap(runs, width: widths[index], writer: writer)
    }
    let height = max(cellLines.map(\.count).max() ?? 1, 1)
    let bar = Array(writer.styled("│", .frame).utf8)
    var result: [Line] = []
    for lineIndex in 0..<height {
      var text = bar
      for (index, lines) in cellLines.enumerated() {
        let lineWidth = lineIndex < lines.count ? lines.widths[lineIndex] : 0
        let space = max(widths[index] - lineWidth, 0)
        let leading: Int
        // Alignment applies to one-line cells; wrapped text reads best ranged left.
        switch lines.count > 1 ? .left : table.alignments[index] {
        case .right: leading = space
        case .center: leading = space / 2
        case .left, .none: leading = 0
        }
        text.append(contentsOf: repeatElement(0x20, count: 1 + leading))
        if lineIndex < lines.count {
          text.append(contentsOf: lines.bytes[lines.range(of: lineIndex)])
        }
        text.append(contentsOf: repeatElement(0x20, count: space - leading + 1))
        text.append(contentsOf: bar)
      }
      result.append(Line(bytes: text, width: widths.reduce(0, +) + 3 * widths.count + 1))
    }
    return result
  }
}
