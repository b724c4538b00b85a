/// Flattens inlines into styled runs for wrapping. Text is sanitised again here (tabs
/// expanded, anything forbidden dropped) so output stays clean even for hand-built ASTs.
struct InlineRuns {
  /// Whether link URLs follow their text, dimmed, in parentheses.
  var showsURLs = true
  /// Style given to the first strong span (a call-out's label) instead of `.strong`.
  var leadingStrongStyle: TextStyle?
  /// Words that introduce an image's alternative text.
  var imageLabel = "Image:"

  private(set) var runs: [StyledRun] = []

  static func runs(
    for inlines: [Inline], style: TextStyle = [], configure: (inout InlineRuns) -> Void = { _ in }
  )
    -> [StyledRun]
  {
    var builder = InlineRuns()
    configure(&builder)
    builder.add(inlines, style: style)
    return builder.runs
  }

  mutating func add(_ text: String, _ style: TextStyle) {
    guard !text.isEmpty else { return }
    runs.append(StyledRun(text: TextSanitizer.sanitize(text), style: style))
  }

  mutating func add(_ inlines: [Inline], style: TextStyle) {
    for inline in inlines {
      switch inline {
      case .text(let text): add(text, style)
      case .html(let html): if !HTMLComment.isComment(html) { add(html, style) }
      case .code(let code): add(code, style.union(.code))
      case .softBreak: runs.append(StyledRun(text: " ", style: style))
      case .lineBreak: runs.append(.hardBreak)
      case .footnoteReference(let reference): add("[\(reference.number)]", style.union(.marker))
      case .emphasis(let children): add(children, style: style.union(.emphasis))
      case .strong(let children):
        if let label = leadingStrongStyle {
          leadingStrongStyle = nil
          add(children, style: style.union(label))
        } else {
          add(children, style: style.union(.strong))
        }
      case .strikethrough(let children): add(children, style: style.union(.strikethrough))
      case .link(let link):
        add(link.children, style: style.union(.link))
        let text = Inline.plainText(of: link.children)
        if showsURLs && !link.destination.isEmpty && link.destination != text
          && link.destination != "mailto:" + text && link.destination != "http://" + text
        {
          add(" (" + link.destination + ")", style.union(.linkURL).subtracting(.link))
        }
      case .image(let image):
        add("[" + imageLabel + " ", style.union(.linkURL))
        add(image.children, style: style)
        add("]", style.union(.linkURL))
      }
    }
  }
}
