import Foundation

/// A topic as read from its file, with where its cross-referenced ids were written.
struct ParsedTopic {
  var topic: Topic
  var audienceLocations: [(id: String, location: SourceLocation)]
  var relatedLocations: [(id: String, location: SourceLocation)]
  var sourceLocations: [(id: String, location: SourceLocation)]
  var hasSummary: Bool
  /// The pictures the topic shows, for the loader to read from `images/`.
  var pictureUses: [LinkChecker.PictureUse]
}

/// Reads `topics/<id>.md`: YAML front matter between `---` lines, then Markdown whose `##`
/// headings (outside fenced code) start the sections.
enum TopicReader {
  static let knownFields = [
    "id", "title", "summary", "audiences", "keywords", "related", "sources",
  ]

  static func read(_ text: String, file: String, expectedID: String, log: DiagnosticLog)
    -> ParsedTopic?
  {
    let lines = Self.lines(of: text)
    guard let first = lines.first, isFrontMatterFence(first) else {
      log.error(
        file, .start,
        "the topic has no front matter; start the file with a line `---`, then `id:`, `title:` "
          + "and `summary:`, then another `---`")
      return nil
    }
    guard let close = lines.indices.dropFirst().first(where: { isFrontMatterFence(lines[$0]) })
    else {
      log.error(
        file, .start, "the front matter is not closed; add a line `---` after its last field")
      return nil
    }
    // The body is checked even when the front matter is broken, so one pass finds everything.
    let body = Array(lines[(close + 1)...])
    func readBody(title: String) -> (Section?, [Section], [LinkChecker.PictureUse]) {
      let pictures = LinkChecker.check(
        body.joined(separator: "\n"), folder: "topics", file: file, firstLine: close + 2,
        log: log)
      let (introduction, sections) = readSections(
        body, firstLine: close + 2, topicTitle: title, file: file, log: log)
      return (introduction, sections, pictures)
    }

    let yaml = lines[1..<close].joined(separator: "\n")
    var diagnostics: [Diagnostic] = []
    let root = YAMLDocument.parse(yaml, file: file, lineOffset: 1, diagnostics: &diagnostics)
    log.append(contentsOf: diagnostics)
    guard let root else {
      if diagnostics.isEmpty {
        log.error(file, .start, "the front matter is empty; add `id:`, `title:` and `summary:`")
      }
      _ = readBody(title: expectedID)
      return nil
    }
    guard
      let fields = FieldReader(
        root, file: file, lineOffset: 1, what: "the front matter",
        expected: "id, title, summary, …", log: log)
    else {
      _ = readBody(title: expectedID)
      return nil
    }
    fields.warnUnknownFields(known: knownFields)

    let id = fields.id("id", required: true, hint: "`\(expectedID)`, the file's name")
    if let id, id != expectedID {
      log.error(
        file, fields.location(ofField: "id"),
        "`id` is `\(id)` but the file is named `\(expectedID).md`; make them the same")
    }
    let title = fields.text("title", required: true, hint: "the topic's title")
    let summary = fields.text("summary")
    let audiences = fields.idList("audiences") ?? []
    let keywords = fields.textList("keywords") ?? []
    let related = fields.idList("related") ?? []
    let sources =
      fields.idList(
        "sources", required: true,
        hint: "the ids of the manifest's sources this page's facts come from, like "
          + "`[cleveland-clinic-2021]`") ?? []
    if case .sequence(let items) = fields.node("sources")?.content, items.isEmpty {
      log.error(
        file, fields.location(ofField: "sources"),
        "`sources` is empty; name at least one of the manifest's sources")
    }

    let (introduction, sections, pictures) = readBody(title: title ?? expectedID)

    guard title != nil, id != nil else { return nil }
    let topic = Topic(
      id: expectedID, title: title ?? "", summary: summary ?? "",
      audiences: audiences.map(\.text), keywords: keywords.map(\.text),
      related: related.map(\.text), introduction: introduction, sections: sections, file: file,
      sources: sources.map(\.text))
    return ParsedTopic(
      topic: topic, audienceLocations: audiences.map { ($0.text, $0.location) },
      relatedLocations: related.map { ($0.text, $0.location) },
      sourceLocations: sources.map { ($0.text, $0.location) }, hasSummary: summary != nil,
      pictureUses: pictures)
  }

  /// The lines of `text`, without their line breaks, as slices of it. The breaks are found in
  /// the UTF-8 bytes, which is many times faster than splitting the string's views.
  static func lines(of text: String) -> [Substring] {
    var text = text
    let lengths = text.withUTF8 { bytes -> [Int] in
      var lengths: [Int] = []
      var start = 0
      for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
        lengths.append(index - start)
        start = index + 1
      }
      lengths.append(bytes.count - start)
      return lengths
    }
    var lines: [Substring] = []
    lines.reserveCapacity(lengths.count)
    let utf8 = text.utf8
    var start = utf8.startIndex
    for length in lengths {
      let end = utf8.index(start, offsetBy: length)
      lines.append(Substring(utf8[start..<end]))
      if end < utf8.endIndex { start = utf8.index(after: end) }
    }
    return lines
  }

  private static func isFrontMatterFence(_ line: Substring) -> Bool {
    let bytes = line.utf8
    guard bytes.first == UInt8(ascii: "-") || bytes.first.map(isBlank) == true else { return false }
    return line.trimmingWhitespace() == "---"
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  /// Whether a line has only spaces and tabs, as Markdown counts a blank line.
  private static func isBlankLine(_ line: Substring) -> Bool { line.utf8.allSatisfy(isBlank) }

  /// The first byte after up to three spaces of indentation, or nil when the line is indented
  /// more (an indented code line) or has nothing else.
  private static func firstByteAfterIndent(_ line: Substring) -> UInt8? {
    var spaces = 0
    for byte in line.utf8 {
      if byte != UInt8(ascii: " ") { return byte }
      spaces += 1
      if spaces > 3 { return nil }
    }
    return nil
  }

  // MARK: - Sections

  private struct Heading {
    var title: String
    var id: String?
    /// Column of the `{#`, for messages about the id.
    var idColumn: Int
  }

  /// Splits the body at `##` headings; `firstLine` is the file line of `body[0]`.
  static func readSections(
    _ body: [Substring], firstLine: Int, topicTitle: String, file: String, log: DiagnosticLog
  ) -> (Section?, [Section]) {
    var introduction: Section?
    var sections: [Section] = []
    var seen: [String: Int] = [:]
    var fence: (character: Character, length: Int)?
    var current: (heading: Heading, line: Int)?
    var start = 0

    func finish(upTo end: Int) {
      let (markdown, offset) = trimmedBlock(body[start..<end])
      let bodyLine = firstLine + start + offset
      guard let (heading, line) = current else {
        if !markdown.isEmpty {
          introduction = Section(
            id: "", title: topicTitle, markdown: markdown, line: bodyLine, bodyLine: bodyLine)
        }
        return
      }
      let id = heading.id ?? Slug.make(heading.title)
      guard !id.isEmpty else {
        log.error(
          file, SourceLocation(line: line, column: 1),
          "the heading has no letters or digits to make a section id from; add an id at its "
            + "end, like `## … {#first-steps}`")
        return
      }
      if let earlier = seen[id] {
        log.error(
          file, SourceLocation(line: line, column: heading.id == nil ? 1 : heading.idColumn),
          "section id `\(id)` is already used by the section at line \(earlier); give this "
            + "heading its own id, like `{#\(id)-2}`")
        return
      }
      seen[id] = line
      if markdown.isEmpty {
        log.warning(
          file, SourceLocation(line: line, column: 1),
          "section `\(id)` has no text under its heading; write some or remove the heading")
      }
      sections.append(
        Section(id: id, title: heading.title, markdown: markdown, line: line, bodyLine: bodyLine))
    }

    for (index, line) in body.enumerated() {
      if let open = fence {
        if let closing = fenceMarker(line), closing.character == open.character,
          closing.length >= open.length,
          line.drop(while: { $0 == " " }).drop(while: { $0 == open.character })
            .allSatisfy(\.isWhitespace)
        {
          fence = nil
        }
        continue
      }
      if let marker = fenceMarker(line) {
        fence = marker
        continue
      }
      guard let heading = sectionHeading(line, lineNumber: firstLine + index, file: file, log: log)
      else { continue }
      finish(upTo: index)
      current = (heading, firstLine + index)
      start = index + 1
    }
    finish(upTo: body.count)
    return (introduction, sections)
  }

  /// The lines without leading and trailing blank lines, and how many leading lines were dropped.
  /// The lines are consecutive slices of one text, so the block is the text between them.
  private static func trimmedBlock(_ lines: ArraySlice<Substring>) -> (String, Int) {
    guard let first = lines.firstIndex(where: { !isBlankLine($0) }),
      let last = lines.lastIndex(where: { !isBlankLine($0) })
    else { return ("", 0) }
    let text = lines[first].base
    return (String(text[lines[first].startIndex..<lines[last].endIndex]), first - lines.startIndex)
  }

  /// A code fence opener: up to three spaces, then at least three backticks or tildes.
  private static func fenceMarker(_ line: Substring) -> (character: Character, length: Int)? {
    let first = firstByteAfterIndent(line)
    guard first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
    let indent = line.prefix(while: { $0 == " " }).count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let character = rest.first, character == "`" || character == "~" else { return nil }
    let length = rest.prefix(while: { $0 == character }).count
    guard length >= 3 else { return nil }
    if character == "`", rest.dropFirst(length).contains("`") { return nil }
    return (character, length)
  }

  /// A level-2 ATX heading (`## Title {#id}`), or nil for any other line.
  private static func sectionHeading(
    _ line: Substring, lineNumber: Int, file: String, log: DiagnosticLog
  ) -> Heading? {
    guard firstByteAfterIndent(line) == UInt8(ascii: "#") else { return nil }
    let indent = line.prefix(while: { $0 == " " }).count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard rest.hasPrefix("##") else { return nil }
    let afterMarker = rest.dropFirst(2)
    guard afterMarker.isEmpty || afterMarker.first == " " || afterMarker.first == "\t" else {
      return nil
    }
    var text = afterMarker.trimmingWhitespace()
    // An optional closing sequence of #s, preceded by a space, is not part of the title.
    if text.hasSuffix("#") {
      let withoutClosing = text.reversed().drop(while: { $0 == "#" })
      if withoutClosing.isEmpty || withoutClosing.first == " " || withoutClosing.first == "\t" {
        text = String(withoutClosing.reversed()).trimmingWhitespace()
      }
    }
    if let scalar = ControlCharacterCheck.firstForbidden(in: text),
      let offset = line.unicodeScalars.firstIndex(of: scalar)
    {
      let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: offset)
      log.error(
        file, SourceLocation(line: lineNumber, column: column + 1),
        ControlCharacterCheck.message(scalar))
    }
    var heading = Heading(title: text, id: nil, idColumn: 1)
    if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards),
      !text[open.upperBound...].dropLast().contains("}")
    {
      let attribute = open.lowerBound..<text.endIndex
      let id = String(text[attribute].dropFirst(2).dropLast())
      let column = indent + 3 + 1 + text.distance(from: text.startIndex, to: attribute.lowerBound)
      heading.title = text[..<attribute.lowerBound].trimmingWhitespace()
      heading.idColumn = column
      if Identifier.isValid(id) {
        heading.id = id
      } else {
        log.error(
          file, SourceLocation(line: lineNumber, column: column),
          "section id \(Quoting.quote(id)) is not valid; \(Identifier.rule)")
      }
    }
    if heading.title.isEmpty {
      log.warning(
        file, SourceLocation(line: lineNumber, column: 1),
        "the heading has no title; write what the section is about after `##`")
      heading.title = heading.id ?? ""
    }
    return heading
  }
}
