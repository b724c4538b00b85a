/// One place that matches a search, best first.
package struct SearchHit: Sendable, Hashable {
  package var topicID: String
  /// Nil when the match is in the topic's title, summary, keywords or introduction.
  package var sectionID: String?
  /// The section's title (or the topic's, for the introduction).
  package var title: String
  /// Higher is better; only comparable within one search.
  package var score: Double
  /// About 160 characters of the text around the best match: one line, sanitised, cut at whole
  /// words, with "…" where it was cut.
  package var snippet: String
  /// The matched words in `snippet`, as character offsets, in order and not overlapping.
  package var highlights: [Range<Int>]

  package init(
    topicID: String, sectionID: String?, title: String, score: Double, snippet: String,
    highlights: [Range<Int>]
  ) {
    self.topicID = topicID
    self.sectionID = sectionID
    self.title = title
    self.score = score
    self.snippet = snippet
    self.highlights = highlights
  }

  /// `topic` or `topic#section`, as the shell addresses it.
  package var address: String { sectionID.map { "\(topicID)#\($0)" } ?? topicID }

  /// The highlights as ranges of `snippet`'s indices.
  package var highlightRanges: [Range<String.Index>] {
    highlights.map { range in
      let lower = snippet.index(snippet.startIndex, offsetBy: range.lowerBound)
      return lower..<snippet.index(lower, offsetBy: range.count)
    }
  }
}
