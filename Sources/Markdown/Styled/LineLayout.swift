/// Wraps one line of a program's own words (messages, prompts, lists) at spaces to a width.
///
/// A wrapped line keeps its start as it is — indentation and list marks such as `○  8.` or
/// `a)` — and its later lines line up under the text after them (or under an explicit hanging
/// indent). A command in backticks (`` `read 1` ``) is never split, and a word wider than the
/// line stays whole on a line of its own, so paths and commands can be copied. Widths are
/// `DisplayWidth`'s.
enum LineLayout {
  typealias Run = (text: String, role: StyledText.Role)

  /// One line being gathered: its runs, and where later lines should line up, if set.
  struct Line {
    private(set) var runs: [Run] = []
    private(set) var byteCount = 0
    private(set) var hangingIndent: Int?

    var isEmpty: Bool { runs.isEmpty && hangingIndent == nil }

    mutating func append(_ text: String, role: StyledText.Role) {
      guard !text.isEmpty else { return }
      runs.append((text, role))
      byteCount += text.utf8.count
    }

    mutating func markHangingIndent() { hangingIndent = byteCount }
  }

  /// One output line: spaces, then runs.
  struct Row {
    var indent: Int
    var runs: [Run]
  }

  static func wrap(_ line: Line, width: Int) -> [Row] {
    let whole = Row(indent: 0, runs: line.runs)
    let bytes = line.runs.flatMap { Array($0.text.utf8) }
    guard bytes.count > width, columns(bytes[...]) > width else { return [whole] }
    let textStart = line.hangingIndent ?? startOfText(bytes)
    guard textStart < bytes.count else { return [whole] }
    let indent = columns(bytes[..<textStart])

    var rows: [Row] = []
    var pieces: [Range<Int>] = textStart > 0 ? [0..<textStart] : []
    var used = indent
    var hasWord = false
    for word in words(in: bytes, from: textStart) {
      let wordWidth = columns(bytes[word])
      if hasWord && used + 1 + wordWidth > width {
        rows.append(Row(indent: rows.isEmpty ? 0 : indent, runs: runs(pieces, of: line.runs)))
        pieces = []
        used = indent
        hasWord = false
      }
      if hasWord {
        pieces.append(-1 ..< -1)
        used += 1
      }
      pieces.append(word)
      used += wordWidth
      hasWord = true
    }
    rows.append(Row(indent: rows.isEmpty ? 0 : indent, runs: runs(pieces, of: line.runs)))
    return rows
  }

  // MARK: - Measuring

  private static func columns(_ bytes: ArraySlice<UInt8>) -> Int {
    if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.count }
    return DisplayWidth.of(String(decoding: bytes, as: UTF8.self))
  }

  /// The words after `start`, as byte ranges; a command in backticks stays one word.
  private static func words(in bytes: [UInt8], from start: Int) -> [Range<Int>] {
    var words: [Range<Int>] = []
    var openStart: Int?
    var index = start
    while index < bytes.count {
      guard bytes[index] != 0x20 else {
        index += 1
        continue
      }
      let wordStart = index
      var backticks = 0
      while index < bytes.count && bytes[index] != 0x20 {
        if bytes[index] == 0x60 { backticks += 1 }
        index += 1
      }
      if let opened = openStart {
        if backticks > 0 {
          words.append(opened..<index)
          openStart = nil
        }
      } else if backticks % 2 == 1 {
        openStart = wordStart
      } else {
        words.append(wordStart..<index)
      }
    }
    if let opened = openStart { words.append(opened..<bytes.count) }
    return words
  }

  /// Where a line's text starts after its indentation and any list marks: symbols (`○`, `✓`,
  /// `-`), numbers ending in `.` or `)` (`8.`), or a letter and a parenthesis (`a)`).
  private static func startOfText(_ bytes: [UInt8]) -> Int {
    var index = bytes.firstIndex { $0 != 0x20 } ?? bytes.count
    while index < bytes.count {
      let end = bytes[index...].firstIndex(of: 0x20) ?? bytes.count
      let word = String(decoding: bytes[index..<end], as: UTF8.self)
      let isSymbol = !word.contains { $0.isLetter || $0.isNumber }
      let isNumbered =
        word.count >= 2 && (word.last == "." || word.last == ")")
        && word.dropLast().allSatisfy(\.isNumber)
      let isLettered = word.count == 2 && word.first!.isLetter && word.last == ")"
      guard isSymbol || isNumbered || isLettered, end < bytes.count else { break }
      index = bytes[end...].firstIndex { $0 != 0x20 } ?? bytes.count
    }
    return index
  }

  // MARK: - Back to runs

  /// The runs covering `pieces` (byte ranges of the whole line; an empty negative range is
  /// one plain space).
  private static func runs(_ pieces: [Range<Int>], of runs: [Run]) -> [Run] {
    var result: [Run] = []
    for piece in pieces {
      if piece.lowerBound < 0 {
        result.append((" ", .plain))
        continue
      }
      var offset = 0
      for run in runs {
        let length = run.text.utf8.count
        defer { offset += length }
        let start = max(piece.lowerBound, offset)
        let end = min(piece.upperBound, offset + length)
        guard start < end else { continue }
        let utf8 = Array(run.text.utf8)
        result.append(
          (String(decoding: utf8[(start - offset)..<(end - offset)], as: UTF8.self), run.role))
      }
    }
    return result
  }
}
