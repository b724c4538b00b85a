import Curriculum
import Markdown

/// Chosen topics laid out for printing, for a family to act on: page 1 says what the handout is
/// for and who, boxes the jobs at home and when to call; then the jobs as numbered steps, a card
/// to fill in, the topics, a daily site checklist and a flush log, and a closing box with the
/// care team's contact (or a line to write it).
package struct Handout {
  package enum Format: String, Sendable, CaseIterable {
    case html, md
  }

  package let bundle: ContentBundle
  package let topics: [Topic]
  /// The care team's contact as lines, or nil when the clinic has not set it.
  package let careTeamContact: [String]?
  /// The learning path the handout is for, when it was made for one: page 1 names it.
  package let path: LearningPath?
  /// The language of the handout's own words (the teaching's language).
  package let language: Language

  /// Throws `ReportError.unknownTopic` for an id the bundle lacks.
  package init(
    bundle: ContentBundle, topicIDs: [String], careTeamContact: [String]?,
    path: LearningPath? = nil, language: Language = .english
  ) throws {
    self.bundle = bundle
    self.path = path
    self.language = language
    self.topics = try topicIDs.map { id in
      guard let topic = bundle.topic(id: id) else { throw ReportError.unknownTopic(id) }
      return topic
    }
    self.careTeamContact = careTeamContact
  }

  package func render(_ format: Format) -> String {
    switch format {
    case .md: return markdown()
    case .html: return html()
    }
  }

  /// The handout as one Markdown document.
  package func markdown() -> String {
    // Page 1: what the handout is for, when to call and the jobs at home; then the steps, the
    // card, the topics, and the pages to write in.
    var parts = [
      "# \(bundle.manifest.title)", purposeMarkdown(), callBoxMarkdown(), jobsBoxMarkdown(),
      stepsMarkdown(), cardMarkdown(), topicsMarkdown(headingLevel: 2, figuresInWords: true),
      checklistMarkdown(), flushLogMarkdown(), closingMarkdown(),
    ]
    parts.append("---\n\n_\(bundle.manifest.disclaimer)_")
    return TextSanitizer.sanitize(parts.joined(separator: "\n\n")) + "\n"
  }

  /// The handout as a self-contained, printable HTML page.
  package func html() -> String {
    let pictures = bundle.pictureAddresses
    let figures = bundle.figureShelf
    let manifestRenderer = HTMLRenderer(options: .bundleContent(from: ""))
    var body = "<h1>\(HTMLPage.escape(bundle.manifest.title))</h1>\n"
    body += "<p class=\"subtitle\">\(words(.handoutSubtitle(count: topics.count)))</p>\n"
    func box(_ kind: String, _ markdown: String) -> String {
      "<section class=\"\(kind)\">\n"
        + manifestRenderer.render(MarkdownDocument(parsing: markdown)) + "</section>\n"
    }
    // Page 1, where a worried reader looks first: what it is for, when to call, the jobs.
    body += box("purpose", purposeMarkdown())
    body += box("call-box", callBoxMarkdown())
    body += box("jobs-box", jobsBoxMarkdown())
    body += box("home-steps", stepsMarkdown())
    body += box("fill-card", cardMarkdown())
    if topics.count > 1 {
      body += "<nav class=\"contents\">\n<h2>\(HTMLPage.escape(words(.handoutContents)))</h2>\n"
      body += topics.count > 6 ? "<ol class=\"long\">\n" : "<ol>\n"
      for topic in topics {
        body +=
          "<li><a href=\"#\(HTMLPage.escape(topic.id))\">\(HTMLPage.escape(topic.title))</a></li>\n"
      }
      body += "</ol>\n</nav>\n"
    }
    for topic in topics {
      body += topicSection(topic, pictures: pictures, figures: figures)
    }
    body += box("write-in", checklistMarkdown() + "\n\n" + flushLogMarkdown())
    body += box("call-box closing-box", closingMarkdown())
    body += "<p class=\"disclaimer\">\(HTMLPage.escape(bundle.manifest.disclaimer))</p>\n"
    return HTMLPage(
      title: bundle.manifest.title, body: body,
      pageFooter: words(
        .handoutFooter(
          title: "\(bundle.manifest.title)", version: "\(bundle.manifest.version)")),
      language: language
    ).html
  }

  /// One topic as a section of the HTML handout.
  private func topicSection(
    _ topic: Topic, pictures: [String: String], figures: FigureShelf
  ) -> String {
    var options = RenderOptions.bundleContent(from: "topics", images: pictures, figures: figures)
    options.footnoteIDPrefix = topic.id
    return "<section class=\"topic\">\n"
      + HTMLRenderer(options: options).render(
        MarkdownDocument(parsing: topicMarkdown(topic, headingLevel: 2))) + "</section>\n"
  }

  // MARK: - Markdown pieces

  private func topicsMarkdown(headingLevel: Int, figuresInWords: Bool = false) -> String {
    topics.map {
      let markdown = topicMarkdown($0, headingLevel: headingLevel)
      return figuresInWords ? figureBlocksInWords(markdown) : markdown
    }.joined(separator: "\n\n")
  }

  /// A Markdown handout has no drawings: each figure block becomes its title, description and
  /// caption, as `--plain` says them.
  private func figureBlocksInWords(_ markdown: String) -> String {
    guard markdown.contains(FigureBlock.keyword) else { return markdown }
    var lines: [Substring] = []
    var closingFence: Substring?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if let fence = closingFence {
        if line.drop(while: { $0 == " " }).hasPrefix(fence) { closingFence = nil }
        continue
      }
      let trimmed = line.drop(while: { $0 == " " })
      let fence = trimmed.prefix { $0 == "`" || $0 == "~" }
      guard fence.count >= 3, Set(fence).count == 1,
        case .figure(let id) = FigureBlock.reference(inInfo: String(trimmed.dropFirst(fence.count))),
        let figure = bundle.figures[id]
      else {
        lines.append(line)
        continue
      }
      closingFence = fence
      let words =
        "**"
        + words(
          .handoutFigure(
            title: "\(MarkdownEscaping.escapeReadably(figure.title, atLineStart: false))"))
        + "** "
        + "\(MarkdownEscaping.escapeReadably(figure.description, atLineStart: false)) "
        + "_\(MarkdownEscaping.escapeReadably(figure.caption, atLineStart: false))_"
      lines.append(Substring(words))
    }
    return lines.joined(separator: "\n")
  }

  private func topicMarkdown(_ topic: Topic, headingLevel: Int) -> String {
    let heading = String(repeating: "#", count: headingLevel)
    // Ids let the contents link to each topic and a reader link to a section.
    var parts = ["\(heading) \(topic.title) {#\(topic.id)}"]
    if !topic.summary.isEmpty { parts.append("_\(topic.summary)_") }
    if let introduction = topic.introduction, !introduction.markdown.isEmpty {
      parts.append(introduction.markdown)
    }
    for section in topic.sections {
      parts.append(
        "\(heading)# \(section.title) {#\(topic.id)-\(section.id)}\n\n\(section.markdown)")
    }
    return parts.joined(separator: "\n\n")
  }

  private func callBoxMarkdown() -> String {
    let manifest = bundle.manifest
    var lines = ["## \(words(.handoutCallTitle))", ""]
    lines.append(words(.handoutCallSigns))
    lines.append("")
    lines += manifest.warningSigns.map { "- **\($0.label)**" }
    lines += ["", manifest.emergencyAdvice, ""]
    if let careTeamContact {
      lines.append("**\(words(.handoutCallYourCareTeam))**  ")
      lines += careTeamContact.map { MarkdownEscaping.escape($0) + "  " }
    } else {
      lines.append("**\(words(.handoutCallNumber))** \(manifest.careTeamPlaceholder)")
      lines.append("")
      lines.append("\(words(.handoutCallWriteItHere)) ______________________________")
    }
    return lines.joined(separator: "\n")
  }
}
