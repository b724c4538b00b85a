/// Lays blocks out as lines for a character screen; the walker behind `TerminalRenderer`
/// (box drawing, optional colour) and `PlainRenderer` (words only, for screen readers).
///
/// Containers lay their children out in a narrower nested layout and prefix the lines
/// (list markers, quote bars, call-out frames). When nesting would leave fewer than
/// `minimumContentWidth` columns, deeper containers stop indenting, so text always has room.
struct BlockLayout: MarkupWalker {
  enum Flavor { case terminal, plain }

  let width: Int
  let flavor: Flavor
  var writer: StyleWriter
  private(set) var lines = LineBuffer()
  /// Inside a tight list item: no blank lines between blocks.
  var isTight = false
  var listDepth = 0
  /// Set for a call-out's first paragraph, whose leading strong span is its label.
  var calloutLabelPending = false
  /// The figures a ```` ```figure ```` block may draw; nil keeps such blocks as code.
  var figures: FigureShelf?

  init(width: Int, flavor: Flavor, writer: StyleWriter, figures: FigureShelf? = nil) {
    self.width = max(width, 1)
    self.flavor = flavor
    self.writer = writer
    self.figures = figures
  }

  var minimumContentWidth: Int { min(20, width) }

  var output: String { lines.joined }

  /// Room for the lines of a document of `sourceBytes` bytes (output runs about half as long
  /// again as its source, escape codes included; twice is reserved so the buffer is never
  /// copied to grow, and pages it leaves unused are never touched).
  mutating func reserveCapacity(forSourceBytes sourceBytes: Int) {
    lines.reserveCapacity(bytes: sourceBytes * 2)
  }

  // MARK: - Helpers

  private mutating func startBlock() {
    if !lines.isEmpty && !isTight { lines.appendBlank() }
  }

  private func nested(width childWidth: Int) -> BlockLayout {
    var layout = BlockLayout(width: childWidth, flavor: flavor, writer: writer, figures: figures)
    layout.listDepth = listDepth
    return layout
  }

  private mutating func wrap(_ runs: [StyledRun], width: Int? = nil) -> LineBuffer {
    LineWrapper.wrap(runs, width: width ?? self.width, writer: writer)
  }

  /// Appends `child` lines with `first` before the first line and `rest` before the others
  /// (`blank` before empty lines).
  private mutating func append(_ child: LineBuffer, first: Line, rest: Line, blank: Line) {
    lines.append(child, first: first, rest: rest, blank: blank)
  }

  private mutating func prefix(_ text: String, _ style: TextStyle) -> Line {
    Line(text: writer.styled(text, style), width: DisplayWidth.of(text))
  }

  private func fits(indent: Int) -> Bool { width - indent >= minimumContentWidth }

  // MARK: - Leaf blocks

  mutating func visitParagraph(_ paragraph: Paragraph) {
    startBlock()
    let highlight = calloutLabelPending && flavor == .terminal
    calloutLabelPending = false
    let runs = InlineRuns.runs(for: paragraph.content) { builder in
      if highlight { builder.leadingStrongStyle = .calloutLabel }
    }
    LineWrapper.wrap(runs, width: width, writer: writer, into: &lines)
  }

  mutating func visitHeading(_ heading: Heading) {
    startBlock()
    let style: TextStyle =
      heading.level == 1 ? [.heading1] : heading.level == 2 ? [.heading2] : [.heading]
    let headingLines = wrap(InlineRuns.runs(for: heading.content, style: style))
    lines += headingLines
    guard flavor == .terminal, writer.theme == nil, heading.level <= 2 else { return }
    let underline = min(headingLines.widths.max() ?? 0, width)
    if underline > 0 {
      let rule = String(repeating: heading.level == 1 ? "═" : "─", count: underline)
      lines.append(Line(text: rule, width: underline))
    }
  }

  mutating func visitCodeBlock(_ codeBlock: CodeBlock) {
    if let figures, let id = FigureBlock.figureID(of: codeBlock) {
      // A figure the bundle does not have (lint says so) shows nothing rather than its markup.
      guard let figure = figures[id] else { return }
      startBlock()
      let layout = FigureTerminalLayout(
        figure: figure, width: width, maximumRows: figures.maximumRows, writer: writer)
      lines += flavor == .terminal ? layout.terminalLines() : layout.plainLines()
      return
    }
    startBlock()
    let indent = fits(indent: 4) ? 4 : 0
    let available = max(width - indent, 2)
    let pad = String(repeating: " ", count: indent)
    var code = TextSanitizer.sanitize(codeBlock.code)
    if code.hasSuffix("\n") { code.removeLast() }
    for sourceLine in code.split(separator: "\n", omittingEmptySubsequences: false) {
      let lineWidth = DisplayWidth.of(sourceLine)
      if lineWidth <= available {
        lines.append(
          Line(text: pad + writer.styled(String(sourceLine), .code), width: indent + lineWidth))
        continue
      }
      // Long lines break with a visible mark rather than overflow or lose text.
      var piece = ""
      var pieceWidth = 0
      for character in sourceLine {
        let characterWidth = DisplayWidth.of(character)
        if pieceWidth + characterWidth > available - 1 && !piece.isEmpty {
          let text = pad + writer.styled(piece, .code) + writer.styled("↩", .frame)
          lines.append(Line(text: text, width: indent + pieceWidth + 1))
          piece = ""
          pieceWidth = 0
        }
        piece.append(character)
        pieceWidth += characterWidth
      }
      lines.append(Line(text: pad + writer.styled(piece, .code), width: indent + pieceWidth))
    }
  }

  mutating func visitHTMLBlock(_ htmlBlock: HTMLBlock) {
    let visible = htmlBlock.visibleHTML
    guard !visible.isEmpty else { return }
    startBlock()
    for sourceLine in visible.split(separator: "\n", omittingEmptySubsequences: false) {
      let wrapped = wrap([StyledRun(text: TextSanitizer.sanitize(sourceLine), style: [])])
      if wrapped.isEmpty { lines.appendBlank() } else { lines += wrapped }
    }
  }

  mutating func visitThematicBreak(_ thematicBreak: ThematicBreak) {
    startBlock()
    switch flavor {
    case .terminal:
      let rule = String(repeating: "─", count: width)
      lines.append(Line(text: writer.styled(rule, .frame), width: width))
    case .plain:
      lines.append(Line(text: "* * *", width: min(5, width)))
    }
  }

  // MARK: - Containers

  mutating func visitBlockQuote(_ blockQuote: BlockQuote) {
    if let label = blockQuote.calloutLabel {
      visitCallout(blockQuote, label: label)
      return
    }
    startBlock()
    let indent = fits(indent: 2) ? 2 : 0
    var child = nested(width: width - indent)
    for block in blockQuote.children { child.visit(block) }
    writer = child.writer
    if indent == 0 {
      append(child.lines, first: .blank, rest: .blank, blank: .blank)
    } else if flavor == .terminal {
      let bar = prefix("│ ", .frame)
      append(child.lines, first: bar, rest: bar, blank: prefix("│", .frame))
    } else {
      let pad = Line(text: "  ", width: 2)
      append(child.lines, first: pad, rest: pad, blank: .blank)
    }
  }

  /// A quote that opens with a bold label: framed in the terminal, announced in words for
  /// screen readers.
  private mutating func visitCallout(_ blockQuote: BlockQuote, label: [Inline]) {
    startBlock()
    if flavor == .plain {
      var children = blockQuote.children
      if case .paragraph(var first) = children[0] {
        let rest = Array(first.content.dropFirst())
        let restText = Inline.plainText(of: rest)
        let labelText = Inline.plainText(of: label).trimmingTrailingWhitespace
        var announced: [Inline] = [.text("Important — ")] + label
        if let last = labelText.unicodeScalars.last, !ByteClass.isUnicodePunctuation(last),
          let next = restText.unicodeScalars.first, !ByteClass.isUnicodePunctuation(next)
        {
          announced.append(.text(":"))
        }
        first.content = announced + rest
        children[0] = .paragraph(first)
      }
      var child = nested(width: width)
      for block in children { child.visit(block) }
      lines += child.lines
      return
    }
    let framed = width - 4 >= minimumContentWidth
    let inner = framed ? width - 4 : width
    var child = nested(width: inner)
    child.calloutLabelPending = true
    for block in blockQuote.children { child.visit(block) }
    writer = child.writer
    guard framed else {
      lines += child.lines
      return
    }
    // The frame hugs the text, so a short call-out stays a compact box.
    let contentWidth = min(child.lines.widths.max() ?? 0, inner)
    let horizontal = String(repeating: "─", count: contentWidth + 2)
    let frameWidth = contentWidth + 4
    lines.append(
      Line(text: writer.styled("╭" + horizontal + "╮", .calloutFrame), width: frameWidth))
    let left = prefix("│ ", .calloutFrame)
    let right = prefix(" │", .calloutFrame)
    for line in child.lines {
      let padding = max(contentWidth - line.width, 0)
      lines.append(
        left + line + Line(bytes: Array(repeating: 0x20, count: padding), width: padding) + right)
    }
    lines.append(
      Line(text: writer.styled("╰" + horizontal + "╯", .calloutFrame), width: frameWidth))
  }

  mutating func visitList(_ list: ListBlock) {
    startBlock()
    let lastNumber = list.start + max(list.items.count - 1, 0)
    let numberWidth = String(lastNumber).count + 1
    for (index, item) in list.items.enumerated() {
      if index > 0 && !list.isTight { lines.appendBlank() }
      var marker: String
      var markerStyle: TextStyle = .marker
      var children = item.children
      if list.isOrdered {
        let number =
          String(list.start + index)
          + (list.kind == .ordered(start: list.start, delimiter: ")") ? ")" : ".")
        marker = String(repeating: " ", count: max(numberWidth - number.count, 0)) + number
      } else {
        marker = flavor == .plain ? "-" : ["•", "◦", "▪"][listDepth % 3]
      }
      if let checkbox = item.checkbox {
        switch flavor {
        case .terminal:
          if !list.isOrdered {
            marker = checkbox == .checked ? "☑" : "☐"
          } else {
            marker += checkbox == .checked ? " ☑" : " ☐"
          }
          if checkbox == .checked { markerStyle = .done }
        case .plain:
          let words: Inline = .text(checkbox == .checked ? "Done: " : "To do: ")
          if case .paragraph(var first)? = children.first {
            first.content.insert(words, at: 0)
            children[0] = .paragraph(first)
          } else {
            children.insert(
              .paragraph(Paragraph(content: [words], position: item.position)), at: 0)
          }
        }
      }
      let markerWidth = DisplayWidth.of(marker) + 1
      let indent = fits(indent: markerWidth) ? markerWidth : 0
      var child = nested(width: width - indent)
      child.isTight = list.isTight
      child.listDepth = listDepth + 1
      for block in children { child.visit(block) }
      writer = child.writer
      let markerLine = prefix(marker, markerStyle)
      let first = markerLine + Line(bytes: [0x20], width: 1)
      if child.lines.isEmpty {
        lines.append(markerLine)
      } else if indent == 0 {
        lines.append(markerLine)
        lines += child.lines
      } else {
        let pad = Line(text: String(repeating: " ", count: indent), width: indent)
        append(child.lines, first: first, rest: pad, blank: .blank)
      }
    }
  }

  /// The notes after the text: a short rule in the terminal, "Notes:" for screen readers,
  /// then each note marked `[1]`, `[2]`, … as its references are.
  mutating func visitFootnotes(_ footnotes: [Footnote]) {
    startBlock()
    switch flavor {
    case .terminal:
      let rule = String(repeating: "─", count: min(width, 20))
      lines.append(Line(text: writer.styled(rule, .frame), width: min(width, 20)))
    case .plain:
      lines += wrap([StyledRun(text: "Notes:", style: [])])
    }
    let markerWidth = "[\(footnotes.count)]".count + 1
    let loose = footnotes.contains { $0.children.count > 1 }
    for (index, footnote) in footnotes.enumerated() {
      if index > 0 && loose { lines.appendBlank() }
      let number = "[\(footnote.number)]"
      let marker = String(repeating: " ", count: markerWidth - 1 - number.count) + number
      let indent = fits(indent: markerWidth) ? markerWidth : 0
      var child = nested(width: width - indent)
      child.isTight = footnote.children.count == 1
      for block in footnote.children { child.visit(block) }
      writer = child.writer
      let markerLine = prefix(marker, .marker)
      if child.lines.isEmpty {
        lines.append(markerLine)
      } else if indent == 0 {
        lines.append(markerLine)
        lines += child.lines
      } else {
        let pad = Line(text: String(repeating: " ", count: indent), width: indent)
        append(
          child.lines, first: markerLine + Line(bytes: [0x20], width: 1), rest: pad, blank: .blank)
      }
    }
  }

  mutating func visitTable(_ table: Table) {
    startBlock()
    var layout = TableLayout(table: table, width: width, flavor: flavor, writer: writer)
    lines += layout.lines()
    writer = layout.writer
  }
}

extension String {
  var trimmingTrailingWhitespace: String {
    var copy = self
    while let last = copy.last, last.isWhitespace { copy.removeLast() }
    return copy
  }
}
