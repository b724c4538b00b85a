import Curriculum
import Markdown

extension ShellCommand {
  static let search = ShellCommand(
    name: "search", aliases: ["find"],
    summary: .commandSearchSummary,
    usage: .commandSearchUsage,
    details: .commandSearchDetails,
    run: { shell, line in try shell.search.run(SearchRequest(line)) })
}

/// `search`: the best places in the content for some words, with the words around each match.
final class SearchCommand {
  private let context: ShellContext
  /// Built on the first search, so start-up does not pay for it, and again when the shell
  /// changes language (and so bundle).
  private var index: SearchIndex {
    if let built, built.language == context.language { return built.index }
    let index = SearchIndex(bundle: context.bundle)
    built = (context.language, index)
    return index
  }
  private var built: (language: Language, index: SearchIndex)?

  init(context: ShellContext) { self.context = context }

  /// The best places for some words, for answering words typed at the prompt.
  func places(for words: String, limit: Int) -> [SearchHit] { index.search(words, limit: limit) }

  func run(_ request: SearchRequest) throws -> CommandOutcome {
    let query = request.query
    guard !query.isEmpty else {
      throw ShellError(context.string(.searchWhat))
    }
    let hits = index.search(query, limit: 5)
    guard !hits.isEmpty else {
      let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      let suggestions = words.compactMap { index.suggestions(for: $0, limit: 1).first }
      if !suggestions.isEmpty {
        throw ShellError(
          context.string(
            .searchNothingDidYouMean(
              query: "\(query)", suggestion: "\(suggestions.joined(separator: " "))")))
      }
      throw ShellError(context.string(.searchNothing(query: "\(query)")))
    }
    context.say(.searchFound(count: hits.count))
    for (number, hit) in hits.enumerated() {
      context.say()
      let topicTitle = context.bundle.topic(id: hit.topicID)?.title ?? hit.topicID
      let place = hit.sectionID == nil ? topicTitle : "\(topicTitle) › \(hit.title)"
      context.say(.hanging("\(number + 1). ", StyledText(place, role: .strong)))
      context.say(.hanging("   ", highlighted(hit)))
      context.say("   " + StyledText("read \(hit.address)", role: .accent))
    }
    return .succeeded
  }

  /// The snippet with its matches marked: bold colour on a terminal, `*stars*` without colour,
  /// nothing for screen readers.
  private func highlighted(_ hit: SearchHit) -> StyledText {
    var result = StyledText()
    var cursor = hit.snippet.startIndex
    for range in hit.highlightRanges where range.lowerBound >= cursor {
      result.append(hit.snippet[cursor..<range.lowerBound])
      let word = hit.snippet[range]
      switch context.output.style {
      case .color: result.append(word, role: .highlight)
      case .monochrome: result.append("*\(word)*")
      case .plain: result.append(word)
      }
      cursor = range.upperBound
    }
    result.append(hit.snippet[cursor...])
    return result
  }
}
