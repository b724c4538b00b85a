import Curriculum
import Markdown

/// Chosen topics laid out for printing, with the when-to-call box and the care team's contact
/// on page 1.
package struct Handout {
  package enum Format: String, Sendable, CaseIterable {
    case html, md
  }

  package let bundle: ContentBundle
  package let topics: [Topic]
  /// The care team's contact as lines, or nil when the clinic has not set it.
  package let careTeamContact: [String]?

  /// Throws `ReportError.unknownTopic` for an id the bundle lacks.
  package init(bundle: ContentBundle, topicIDs: [String], careTeamContact: [String]?) throws {
    self.bundle = bundle
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
    // The when-to-call box comes first: it is what a reader must find on page 1.
    var parts = ["# \(bundle.manifest.title)", callBoxMarkdown(), topicsMarkdown(headingLevel: 2)]
    parts.append("---\n\n_\(bundle.manifest.disclaimer)_")
    return TextSanitizer.sanitize(parts.joined(separator: "\n\n")) + "\n"
  }

  /// The handout as a self-contained, printable HTML page.
  package func html() -> String {
    let pictures = bundle.pictureAddresses
    let manifestRenderer = HTMLRenderer(options: .bundleContent(from: ""))
    var body = "<h1>\(HTMLPage.escape(bundle.manifest.title))</h1>\n"
    let count = topics.count == 1 ? "1 topic" : "\(topics.count) topics"
    body += "<p class=\"subtitle\">A handout to keep: \(count)</p>\n"
    // The when-to-call box is on page 1, where a worried reader looks first.
    body += "<section class=\"call-box\">\n"
    body += manifestRenderer.render(MarkdownDocument(parsing: callBoxMarkdown()))
    body += "</section>\n"
    if topics.count > 1 {
      body += "<nav class=\"contents\">\n<h2>Contents</h2>\n"
      body += topics.count > 6 ? "<ol class=\"long\">\n" : "<ol>\n"
      for topic in topics {
        body +=
          "<li><a href=\"#\(HTMLPage.escape(topic.id))\">\(HTMLPage.escape(topic.title))</a></li>\n"
      }
      body += "</ol>\n</nav>\n"
    }
    for topic in topics {
      body += "<section class=\"topic\">\n"
      var options = RenderOptions.bundleContent(from: "topics", images: pictures)
      options.footnoteIDPrefix = topic.id
      body += HTMLRenderer(options: options).render(
        MarkdownDocument(parsing: topicMarkdown(topic, headingLevel: 2)))
      body += "</section>\n"
    }
    body += "<p class=\"disclaimer\">\(HTMLPage.escape(bundle.manifest.disclaimer))</p>\n"
    return HTMLPage(
      title: bundle.manifest.title, body: body,
      pageFooter: "\(bundle.manifest.title) — version \(bundle.manifest.version)"
    ).html
  }

  // MARK: - Markdown pieces

  private func topicsMarkdown(headingLevel: Int) -> String {
    topics.map { topicMarkdown($0, headingLevel: headingLevel) }.joined(separator: "\n\n")
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
    var lines = ["## When to call your care team", ""]
    lines.append("Call if you notice any of these signs:")
    lines.append("")
    lines += manifest.warningSigns.map { "- **\($0.label)**" }
    lines += ["", manifest.emergencyAdvice, ""]
    if let careTeamContact {
      lines.append("**Your care team:**  ")
      lines += careTeamContact.map { MarkdownEscaping.escape($0) + "  " }
    } else {
      lines.append("**Your care team's number:** \(manifest.careTeamPlaceholder)")
      lines.append("")
      lines.append("Write it here: ______________________________")
    }
    return lines.joined(separator: "\n")
  }
}
