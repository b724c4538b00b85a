/// Fills lines greedily to a width, breaking at spaces. A word wider than the line is cut
/// into line-sized pieces, so no line is ever wider than `width` (for widths of at least
/// two columns). Widths are display widths: wide characters count two, escapes none.
struct LineWrapper {
  let width: Int
  var writer: StyleWriter
  private(set) var lines: [Line] = []

  private var text = ""
  private var used = 0
  private var emitted: TextStyle = []
  private var pendingSpace = false
  private var word: [(Substring, TextStyle)] = []
  private var wordWidth = 0

  init(width: Int, writer: StyleWriter) {
    self.width = max(width, 1)
    self.writer = writer
  }

  /// Wraps `runs` into lines (an empty paragraph gives no lines).
  static func wrap(_ runs: [StyledRun], width: Int, writer: StyleWriter) -> [Line] {
    var wrapper = LineWrapper(width: width, writer: writer)
    wrapper.add(runs)
    wrapper.finish()
    return wrapper.lines
  }

  mutating func add(_ runs: [StyledRun]) {
    for run in runs {
      if run.text == "\n" {
        flushWord()
        endLine(force: true)
        pendingSpace = false
        continue
      }
      let utf8 = run.text.utf8
      var start = utf8.startIndex
      var index = start
      while index != utf8.endIndex {
        let byte = utf8[index]
        if byte == 0x20 || byte == 0x0A {
          if start != index { addToWord(run.text[start..<index], run.style) }
          flushWord()
          pendingSpace = true
          index = utf8.index(after: index)
          start = index
        } else {
          index = utf8.index(after: index)
        }
      }
      if start != index { addToWord(run.text[start..<index], run.style) }
    }
  }

  mutating func finish() {
    flushWord()
    if used > 0 || !text.isEmpty { endLine(force: true) }
  }

  private mutating func addToWord(_ piece: Substring, _ style: TextStyle) {
    word.append((piece, style))
    wordWidth += DisplayWidth.of(piece)
  }

  private mutating func flushWord() {
    guard !word.isEmpty else { return }
    defer {
      word.removeAll(keepingCapacity: true)
      wordWidth = 0
      pendingSpace = false
    }
    if used > 0 {
      if used + (pendingSpace ? 1 : 0) + wordWidth <= width {
        if pendingSpace { emit(" ", style: emitted == word[0].1 ? emitted : [], width: 1) }
      } else {
        endLine(force: false)
      }
    }
    if wordWidth <= width - used {
      for (piece, style) in word { emit(piece, style: style, width: -1) }
      return
    }
    // A word wider than a whole line: cut it into pieces.
    for (piece, style) in word {
      for character in piece {
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > width && used > 0 { endLine(force: false) }
        emit(Substring(String(character)), style: style, width: characterWidth)
      }
    }
  }

  private mutating func emit(_ piece: Substring, style: TextStyle, width pieceWidth: Int) {
    if style != emitted {
      if !emitted.isEmpty && writer.theme != nil { text += "\u{1B}[0m" }
      text += writer.sequence(for: style)
      emitted = style
    }
    text += piece
    used += pieceWidth >= 0 ? pieceWidth : DisplayWidth.of(piece)
  }

  private mutating func endLine(force: Bool) {
    if !emitted.isEmpty && writer.theme != nil { text += "\u{1B}[0m" }
    lines.append(Line(text: text, width: used))
    text = ""
    used = 0
    emitted = []
  }
}
