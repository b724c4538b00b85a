/// Renders CommonMark-conformant, safe HTML: raw HTML is escaped, never passed through, and
/// script-capable URLs are replaced by `#`.
public struct HTMLRenderer: Sendable {
  /// Choices such as typographic punctuation.
  public var options: RenderOptions

  /// A renderer with `options` (those for learners by default).
  public init(options: RenderOptions = .content) { self.options = options }

  /// The document as an HTML fragment.
  public func render(_ document: MarkdownDocument) -> String {
    var formatter = HTMLFormatter(
      footnotePrefix: options.footnoteIDPrefix, figures: options.figures)
    formatter.visit(options.prepare(document))
    return formatter.result
  }
}

/// The walker behind `HTMLRenderer`.
struct HTMLFormatter: MarkupWalker {
  private(set) var result = ""
  private var tight = false
  /// Put before every footnote's `fn-`/`fnref-` id, so documents on one page keep theirs apart.
  private let footnotePrefix: String
  /// The figures a ```` ```figure ```` block may draw as SVG; nil keeps such blocks as code.
  private let figures: FigureShelf?
  /// How many figures are on the page so far, which keeps their ids apart.
  private var figureCount = 0

  init(footnotePrefix: String = "", figures: FigureShelf? = nil) {
    self.footnotePrefix = footnotePrefix.isEmpty ? "" : Self.footnoteID(footnotePrefix) + "-"
    self.figures = figures
  }

  private mutating func cr() {
    if !result.isEmpty && result.utf8.last != 0x0A { result += "\n" }
  }

  mutating func visitHeading(_ heading: Heading) {
    cr()
    if let id = heading.id {
      result += "<h\(heading.level) id=\"\(Self.escape(id))\">"
    } else {
      result += "<h\(heading.level)>"
    }
    visit(heading.content)
    result += "</h\(heading.level)>\n"
  }

  mutating func visitParagraph(_ paragraph: Paragraph) {
    if tight {
      visit(paragraph.content)
      return
    }
    cr()
    result += "<p>"
    visit(paragraph.content)
    result += "</p>\n"
  }

  mutating func visitBlockQuote(_ blockQuote: BlockQuote) {
    cr()
    result += "<blockquote>\n"
    let wasTight = tight
    tight = false
    for block in blockQuote.children { visit(block) }
    tight = wasTight
    cr()
    result += "</blockquote>\n"
  }

  mutating func visitList(_ list: ListBlock) {
    cr()
    let tag = list.isOrdered ? "ol" : "ul"
    if list.isOrdered && list.start != 1 {
      result += "<ol start=\"\(list.start)\">\n"
    } else {
      result += "<\(tag)>\n"
    }
    let wasTight = tight
    for item in list.items {
      tight = list.isTight
      cr()
      result += "<li>"
      if let checkbox = item.checkbox {
        result += "<input type=\"checkbox\"" + (checkbox == .checked ? " checked=\"\"" : "")
        // A box to tick on paper is still a form control: it is named by its item's words.
        if let label = Self.checkboxLabel(item) {
          result += " aria-label=\"\(Self.escape(label))\""
        }
        result += " disabled=\"\" /> "
      }
      for block in item.children { visit(block) }
      result += "</li>\n"
    }
    tight = wasTight
    result += "</\(tag)>\n"
  }

  mutating func visitCodeBlock(_ codeBlock: CodeBlock) {
    if let figures, let id = FigureBlock.figureID(of: codeBlock) {
      guard let figure = figures[id] else { return }
      cr()
      figureCount += 1
      result += FigureSVG(
        figure: figure, idPrefix: "\(footnotePrefix)figure-\(figureCount)-\(Self.footnoteID(id))"
      ).render()
      return
    }
    cr()
    result += "<pre><code"
    var language = codeBlock.info.split(separator: " ", maxSplits: 1).first ?? ""
    // An info string that already names its class (```` ```language-r ````) keeps it as it is.
    if language.hasPrefix("language-") { language = language.dropFirst("language-".count) }
    if !language.isEmpty { result += " class=\"language-\(Self.escape(String(language)))\"" }
    result += ">"
    result += Self.escape(codeBlock.code)
    result += "</code></pre>\n"
  }

  mutating func visitHTMLBlock(_ htmlBlock: HTMLBlock) {
    let visible = htmlBlock.visibleHTML
    guard !visible.isEmpty else { return }
    cr()
    result += "<p>" + Self.escape(visible) + "</p>\n"
  }

  mutating func visitThematicBreak(_ thematicBreak: ThematicBreak) {
    cr()
    result += "<hr />\n"
  }

  mutating func visitTable(_ table: Table) {
    cr()
    result += "<table>\n<thead>\n<tr>\n"
    for (index, cell) in table.header.enumerated() {
      tableCell("th", cell, table.alignments[index])
    }
    result += "</tr>\n</thead>\n"
    if !table.rows.isEmpty {
      result += "<tbody>\n"
      for row in table.rows {
        result += "<tr>\n"
        for (index, cell) in row.enumerated() { tableCell("td", cell, table.alignments[index]) }
        result += "</tr>\n"
      }
      result += "</tbody>\n"
    }
    result += "</table>\n"
  }

  private mutating func tableCell(_ tag: String, _ content: [Inline], _ alignment: Table.Alignment)
  {
    switch alignment {
    case .none: result += "<\(tag)>"
    case .left: result += "<\(tag) align=\"left\">"
    case .center: result += "<\(tag) align=\"center\">"
    case .right: result += "<\(tag) align=\"right\">"
    }
    visit(content)
    result += "</\(tag)>\n"
  }

  mutating func visitInline(_ inline: Inline) {
    switch inline {
    case .text(let text): result += Self.escape(text)
    case .softBreak: result += "\n"
    case .lineBreak: result += "<br />\n"
    case .code(let code): result += "<code>" + Self.escape(code) + "</code>"
    case .html(let html): if !HTMLComment.isComment(html) { result += Self.escape(html) }
    case .emphasis(let children):
      result += "<em>"
      visit(children)
      result += "</em>"
    case .strong(let children):
      result += "<strong>"
      visit(children)
      result += "</strong>"
    case .strikethrough(let children):
      result += "<del>"
      visit(children)
      result += "</del>"
    case .link(let link):
      result += "<a href=\"" + Self.escape(URLSafety.safe(link.destination)) + "\""
      if !link.title.isEmpty { result += " title=\"" + Self.escape(link.title) + "\"" }
      result += ">"
      visit(link.children)
      result += "</a>"
    case .footnoteReference(let reference):
      let label = footnotePrefix + Self.footnoteID(reference.label)
      let suffix = reference.occurrence > 1 ? "-\(reference.occurrence)" : ""
      result +=
        "<sup class=\"footnote-ref\"><a href=\"#fn-\(label)\" id=\"fnref-\(label)\(suffix)\""
      result += " data-footnote-ref>\(reference.number)</a></sup>"
    case .image(let image):
      result += "<img src=\"" + Self.escape(URLSafety.safe(image.source)) + "\" alt=\""
      result += Self.escape(Inline.plainText(of: image.children))
      result += "\""
      if !image.title.isEmpty { result += " title=\"" + Self.escape(image.title) + "\"" }
      result += " />"
    }
  }

  // MARK: - Footnotes

  /// The notes as GitHub (cmark-gfm) renders them: a numbered list in a section, each note
  /// ending in one back-link per reference.
  mutating func visitFootnotes(_ footnotes: [Footnote]) {
    cr()
    result += "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
    let wasTight = tight
    tight = false
    for footnote in footnotes {
      let label = footnotePrefix + Self.footnoteID(footnote.label)
      result += "<li id=\"fn-\(label)\">\n"
      var backLinks: [String] = []
      for occurrence in 1...max(footnote.referenceCount, 1) {
        let index = occurrence > 1 ? "\(footnote.number)-\(occurrence)" : "\(footnote.number)"
        let suffix = occurrence > 1 ? "-\(occurrence)" : ""
        let mark = occurrence > 1 ? "↩<sup class=\"footnote-ref\">\(occurrence)</sup>" : "↩"
        backLinks.append(
          "<a href=\"#fnref-\(label)\(suffix)\" class=\"footnote-backref\" data-footnote-backref "
            + "data-footnote-backref-idx=\"\(index)\" aria-label=\"Back to reference \(index)\">"
            + mark + "</a>")
      }
      let links = backLinks.joined(separator: " ")
      var children = footnote.children[...]
      if case .paragraph(let last)? = children.last {
        children.removeLast()
        for block in children { visit(block) }
        cr()
        result += "<p>"
        visit(last.content)
        result += " " + links + "</p>\n"
      } else {
        for block in children { visit(block) }
        cr()
        result += links + "\n"
      }
      result += "</li>\n"
    }
    tight = wasTight
    result += "</ol>\n</section>\n"
  }

  /// The words of a task-list item's first paragraph, for its box's accessible name.
  static func checkboxLabel(_ item: ListItem) -> String? {
    guard case .paragraph(let paragraph)? = item.children.first else { return nil }
    let words = Inline.plainText(of: paragraph.content).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    return words.isEmpty ? nil : words
  }

  /// A footnote label as used in `fn-` and `fnref-` ids and links.
  static func footnoteID(_ label: String) -> String { escape(LinkSyntax.normalizeURL(label)) }

  /// Escapes `&`, `<`, `>` and `"`.
  static func escape(_ text: String) -> String {
    var needs = false
    for byte in text.utf8
    where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: "\"")
    {
      needs = true
      break
    }
    guard needs else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for character in text.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }
}
