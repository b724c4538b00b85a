import Curriculum
import Markdown

extension ShellCommand {
  static let search = ShellCommand(
    name: "search", aliases: ["find"],
    summary: "Find where the content talks about something",
    usage: "search WORDS",
    details: """
      For example: `search flush`, `search fever`, `search how long does it last`.
      Each result shows where it is (open it with `read`) and the words around the match.
      """,
    run: { shell, arguments in
      guard !arguments.isEmpty else {
        throw ShellError("What should I look for? For example `search flush`.")
      }
      return shell.showSearch(arguments)
    })
}

extension ShellSession {
  fileprivate func showSearch(_ query: String) -> CommandOutcome {
    let hits = searchIndex.search(query, limit: 5)
    guard !hits.isEmpty else {
      let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      let suggestions = words.compactMap { searchIndex.suggestions(for: $0, limit: 1).first }
      if !suggestions.isEmpty {
        return fail(
          "Nothing matched “\(query)”. Did you mean “\(suggestions.joined(separator: " "))”?")
      }
      return fail("Nothing matched “\(query)”. Try other words, or type `topics` to browse.")
    }
    say("Found in \(hits.count) place\(hits.count == 1 ? "" : "s"), best first:")
    for (index, hit) in hits.enumerated() {
      say()
      let topicTitle =
        bundle.topic(id: hit.topicID).map { TextSanitizer.sanitize($0.title) } ?? hit.topicID
      let place =
        hit.sectionID == nil ? topicTitle : "\(topicTitle) › \(TextSanitizer.sanitize(hit.title))"
      say(
        TextWrapper.wrap(
          styler.bold(place), width: output.width, firstIndent: "\(index + 1). ", indent: "   "))
      say(
        TextWrapper.wrap(highlighted(hit), width: output.width, firstIndent: "   ", indent: "   "))
      say("   " + styler.accent("read \(hit.address)"))
    }
    return .succeeded
  }

  /// The snippet with its matches marked: bold colour on a terminal, `*stars*` without colour,
  /// nothing for screen readers.
  private func highlighted(_ hit: SearchHit) -> String {
    var result = ""
    var cursor = hit.snippet.startIndex
    for range in hit.highlightRanges where range.lowerBound >= cursor {
      result += hit.snippet[cursor..<range.lowerBound]
      let word = String(hit.snippet[range])
      switch output.style {
      case .color: result += styler.highlight(word)
      case .monochrome: result += "*\(word)*"
      case .plain: result += word
      }
      cursor = range.upperBound
    }
    result += hit.snippet[cursor...]
    return result
  }
}
