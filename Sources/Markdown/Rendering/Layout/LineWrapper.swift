/// Fills lines greedily to a width, breaking at spaces. A word wider than the line is cut
/// into line-sized pieces, so no line is ever wider than `width` (for widths of at least
/// two columns). Widths are display widths: wide characters count two, escapes none.
///
/// Works on UTF-8 bytes: words are gathered with their style changes, measured (ASCII by
/// byte count, anything else by grapheme cluster), then copied into the line.
struct LineWrapper {
  let width: Int
  let writer: StyleWriter
  private(set) var lines = LineBuffer()

  private var used = 0
  private var emitted: TextStyle = []
  private var pendingSpace = false
  private var word: [UInt8] = []
  /// Where each style starts within `word`.
  private var wordStyles: [(offset: Int, style: TextStyle)] = []
  private var wordIsASCII = true

  init(width: Int, writer: StyleWriter) {
    self.width = max(width, 1)
    self.writer = writer
  }

  /// Wraps `runs` into lines (an empty paragraph gives no lines).
  static func wrap(_ runs: [StyledRun], width: Int, writer: StyleWriter) -> LineBuffer {
    var lines = LineBuffer()
    wrap(runs, width: width, writer: writer, into: &lines)
    return lines
  }

  /// Wraps `runs` into lines appended to `lines`, without copying them there afterwards.
  static func wrap(
    _ runs: [StyledRun], width: Int, writer: StyleWriter, into lines: inout LineBuffer
  ) {
    var wrapper = LineWrapper(width: width, writer: writer)
    swap(&wrapper.lines, &lines)
    wrapper.add(runs)
    wrapper.finish()
    swap(&wrapper.lines, &lines)
  }

  mutating func add(_ runs: [StyledRun]) {
    for run in runs {
      if run.isHardBreak {
        flushWord()
        endLine()
        pendingSpace = false
        continue
      }
      var text = run.text
      text.withUTF8 { buffer in add(buffer, style: run.style) }
    }
  }

  private mutating func add(_ buffer: UnsafeBufferPointer<UInt8>, style: TextStyle) {
    var index = 0
    let count = buffer.count
    while index < count {
      let byte = buffer[index]
      if byte == 0x20 || byte == 0x0A {
        flushWord()
        pendingSpace = true
        index += 1
        continue
      }
      let start = index
      var isASCII = true
      while index < count {
        let next = buffer[index]
        if next == 0x20 || next == 0x0A { break }
        if next >= 0x80 { isASCII = false }
        index += 1
      }
      let piece = UnsafeBufferPointer(rebasing: buffer[start..<index])
      if word.isEmpty && index < count && isASCII {
        // The common case: a whole ASCII word inside one run goes straight to the line.
        place(piece, style: style)
        continue
      }
      if wordStyles.last?.style != style { wordStyles.append((word.count, style)) }
      if !isASCII { wordIsASCII = false }
      word.append(contentsOf: piece)
    }
  }

  /// Places a complete ASCII word that fits on a line by itself.
  private mutating func place(_ piece: UnsafeBufferPointer<UInt8>, style: TextStyle) {
    let wordWidth = piece.count
    guard wordWidth <= width else {
      wordStyles.append((0, style))
      word.append(contentsOf: piece)
      flushWord()
      return
    }
    if used > 0 {
      if used + (pendingSpace ? 1 : 0) + wordWidth <= width {
        if pendingSpace {
          switchStyle(to: emitted == style ? emitted : [])
          lines.write(0x20)
          used += 1
        }
      } else {
        endLine()
      }
    }
    switchStyle(to: style)
    lines.write(piece)
    used += wordWidth
    pendingSpace = false
  }

  mutating func finish() {
    flushWord()
    if used > 0 || lines.pendingCount > 0 { endLine() }
  }

  private mutating func flushWord() {
    guard !word.isEmpty else { return }
    let wordWidth =
      wordIsASCII ? word.count : DisplayWidth.of(String(decoding: word, as: UTF8.self))
    if used > 0 {
      if used + (pendingSpace ? 1 : 0) + wordWidth <= width {
        if pendingSpace {
          switchStyle(to: emitted == wordStyles[0].style ? emitted : [])
          lines.write(0x20)
          used += 1
        }
      } else {
        endLine()
      }
    }
    if wordWidth <= width - used {
      for (index, segment) in wordStyles.enumerated() {
        let end = index + 1 < wordStyles.count ? wordStyles[index + 1].offset : word.count
        switchStyle(to: segment.style)
        lines.write(word[segment.offset..<end])
      }
      used += wordWidth
    } else {
      // A word wider than a whole line: cut it between characters.
      for (index, segment) in wordStyles.enumerated() {
        let end = index + 1 < wordStyles.count ? wordStyles[index + 1].offset : word.count
        for character in String(decoding: word[segment.offset..<end], as: UTF8.self) {
          let characterWidth = DisplayWidth.of(character)
          if used + characterWidth > width && used > 0 { endLine() }
          switchStyle(to: segment.style)
          lines.write(character.utf8)
          used += characterWidth
        }
      }
    }
    word.removeAll(keepingCapacity: true)
    wordStyles.removeAll(keepingCapacity: true)
    wordIsASCII = true
    pendingSpace = false
  }

  private mutating func switchStyle(to style: TextStyle) {
    guard style != emitted else { return }
    if !emitted.isEmpty && writer.usesColor { lines.write(StyleWriter.reset) }
    lines.write(writer.sequence(for: style))
    emitted = style
  }

  private mutating func endLine() {
    if !emitted.isEmpty && writer.usesColor { lines.write(StyleWriter.reset) }
    lines.endLine(width: used)
    used = 0
    emitted = []
  }
}
