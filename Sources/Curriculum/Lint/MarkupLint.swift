import Foundation
import Markdown

/// Lint rules about the Markdown authors write, in topics and in questions' explanations: a
/// byte order mark at the start of a file, raw HTML (shown to learners as text; the Markdown to
/// use instead), HTML comments (hidden from learners, and hiding everything after them when
/// never closed), and nesting past the engine's limits (the rest shows as text).
enum MarkupLint {
  static func diagnostics(_ reading: BundleReading, directory: URL) -> [Diagnostic] {
    let log = DiagnosticLog()
    byteOrderMarks(reading, directory: directory, log: log)
    for parsed in reading.topics {
      let topic = parsed.topic
      for section in [topic.introduction].compactMap({ $0 }) + topic.sections {
        let document = section.document
        var checker = Checker(file: topic.file, firstLine: section.bodyLine, log: log)
        checker.check(document.blocks)
        checker.check(document.footnotes.flatMap(\.children))
        for limit in document.nestingLimits {
          log.warning(
            topic.file, SourceLocation(line: section.bodyLine + limit.line - 1, column: 1),
            message(for: limit.kind))
        }
      }
    }
    for parsed in reading.questions {
      for (text, line) in parsed.markdownTexts {
        let document = MarkdownDocument(parsing: text)
        var checker = Checker(file: parsed.question.file, firstLine: line, log: log)
        checker.check(document.blocks)
      }
    }
    return log.diagnostics
  }

  // MARK: - Byte order marks

  private static func byteOrderMarks(_ reading: BundleReading, directory: URL, log: DiagnosticLog) {
    let root = directory.resolvingSymlinksInPath().standardizedFileURL
    let files =
      [ManifestReader.file] + reading.topicFileNames.map { "topics/\($0)" }
      + reading.questionFileNames.map { "questions/\($0)" }
    for file in files {
      let url = root.appendingPathComponent(file).resolvingSymlinksInPath()
      guard url.path.hasPrefix(root.path + "/"),
        let handle = FileHandle(forReadingAtPath: url.path)
      else { continue }
      let start = (try? handle.read(upToCount: 3)) ?? Data()
      try? handle.close()
      if start == Data([0xEF, 0xBB, 0xBF]) {
        log.warning(
          file, .start,
          "the file starts with a byte order mark (an invisible character some editors, often "
            + "on Windows, write first); Teachback skips it, but save the file as \"UTF-8\" "
            + "without BOM so every tool reads it the same way")
      }
    }
  }

  // MARK: - Raw HTML

  private struct Checker {
    let file: String
    /// The file's line of the section's first line.
    let firstLine: Int
    let log: DiagnosticLog
    /// (line, tag) pairs already reported, so a row of `<br>`s gets one warning.
    var reported: Set<String> = []

    init(file: String, firstLine: Int, log: DiagnosticLog) {
      self.file = file
      self.firstLine = firstLine
      self.log = log
    }

    mutating func check(_ blocks: [Block]) {
      var found: [(html: String, line: Int, column: Int)] = []
      LinedInlines(
        visitInline: { inline, line in
          if case .html(let html) = inline { found.append((html, line, 1)) }
        },
        visitHTMLBlock: { node in
          found.append((node.html, node.position.line, node.position.column))
        }
      ).visit(blocks)
      for item in found { warn(about: item.html, line: item.line, column: item.column) }
    }

    mutating func warn(about html: String, line: Int, column: Int) {
      let location = SourceLocation(line: firstLine + line - 1, column: column)
      if HTMLComment.isComment(html) {
        guard reported.insert("\(location.line) comment").inserted else { return }
        let message =
          HTMLComment.isClosed(html)
          ? "an HTML comment: learners never see it, but it stays in the content; keep notes "
            + "for authors and reviewers outside the topic files"
          : "an HTML comment that is never closed with `-->` hides everything after it from "
            + "learners; close it, or better, keep notes for authors outside the topic files"
        log.warning(file, location, message)
        return
      }
      let tag = MarkupLint.tagName(html)
      guard reported.insert("\(location.line) \(tag)").inserted else { return }
      let shown = Quoting.quote(String(html.prefix(while: { $0 != "\n" })), limit: 40)
      log.warning(
        file, location,
        "raw HTML \(shown) is shown to learners as text, not as HTML; "
          + MarkupLint.suggestion(forTag: tag))
    }
  }

  /// The lowercased name of the first tag in `html` (`br` for `<br/>`), or empty.
  static func tagName(_ html: String) -> String {
    var scalars = Substring(html).unicodeScalars.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
    guard scalars.first == "<" else { return "" }
    scalars = scalars.dropFirst()
    if scalars.first == "/" { scalars = scalars.dropFirst() }
    return String(
      String.UnicodeScalarView(
        scalars.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    ).lowercased()
  }

  /// The Markdown that does what an HTML tag was meant to do.
  static func suggestion(forTag tag: String) -> String {
    switch tag {
    case "br":
      return "for a line break end the line with a backslash (`\\`); in a table cell, give "
        + "each item its own row"
    case "b", "strong": return "write `**bold**` instead"
    case "i", "em": return "write `_emphasis_` instead"
    case "a": return "write a link as `[words](https://…)` instead"
    case "img": return "write an image as `![what it shows](file.png)` instead"
    case "p", "div", "span": return "separate paragraphs with a blank line instead"
    case "ul", "ol", "li": return "write list items as lines starting `- ` or `1. ` instead"
    case "h1", "h2", "h3", "h4", "h5", "h6": return "write a heading as `## Heading` instead"
    case "table", "thead", "tbody", "tr", "td", "th":
      return "write a table with pipes (`| Sign | What to do |`) instead"
    case "code", "pre", "kbd": return "write code between backticks (`` `like this` ``) instead"
    case "s", "del", "strike": return "write `~~struck out~~` instead"
    case "hr": return "write `---` on a line of its own instead"
    case "blockquote": return "start each line of a quote with `> ` instead"
    default: return "use plain Markdown instead (see docs/content-format.md)"
    }
  }

  static func message(for kind: NestingLimit.Kind) -> String {
    switch kind {
    case .blockQuote:
      return "block quotes nest more than \(NestingLimit.blocks) deep here, so the deeper `>` "
        + "marks show as text; nest fewer quotes"
    case .list:
      return "lists nest more than \(NestingLimit.blocks / 2) deep here, so the deeper items "
        + "show as text; flatten the list"
    case .inline:
      return "emphasis, links and other inline markup nest more than \(NestingLimit.inlines) "
        + "deep here, so the deeper markup shows as text; nest less"
    }
  }
}
