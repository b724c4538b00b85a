import Curriculum

/// Finds the topic (and section) a learner means by `care`, `car`, `3`, `flushing the port`
/// or `care#flushing`.
struct TopicResolver {
  enum Resolution: Equatable {
    case found(topicIndex: Int, sectionIndex: Int?)
    case ambiguous([String])
    case notFound(suggestion: String?)
    case sectionNotFound(topicID: String, suggestion: String?)
  }

  let topics: [Topic]

  func resolve(_ query: String) -> Resolution {
    let parts = query.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let topicQuery = String(parts[0]).trimmed.lowercased()
    let sectionQuery = parts.count > 1 ? String(parts[1]).trimmed.lowercased() : nil

    let topicIndex: Int
    switch findTopic(topicQuery) {
    case .some(.success(let index)): topicIndex = index
    case .some(.failure(let failure)): return failure.resolution
    case .none: return .notFound(suggestion: suggestTopic(for: topicQuery))
    }
    guard let sectionQuery, !sectionQuery.isEmpty else {
      return .found(topicIndex: topicIndex, sectionIndex: nil)
    }
    let topic = topics[topicIndex]
    let candidates = topic.sections.map { (id: $0.id, title: $0.title) }
    switch Self.match(sectionQuery, among: candidates) {
    case .one(let index): return .found(topicIndex: topicIndex, sectionIndex: index)
    case .many(let indices):
      return .ambiguous(indices.map { "\(topic.id)#\(topic.sections[$0].id)" })
    case .none:
      let suggestion = EditDistance.closest(to: sectionQuery, among: topic.sections.map(\.id))
      return .sectionNotFound(topicID: topic.id, suggestion: suggestion.map { "\(topic.id)#\($0)" })
    }
  }

  // MARK: - Topics

  private struct Failure: Error {
    var resolution: Resolution
  }

  private func findTopic(_ query: String) -> Result<Int, Failure>? {
    guard !query.isEmpty else { return nil }
    if let number = Int(query), topics.indices.contains(number - 1) { return .success(number - 1) }
    switch Self.match(query, among: topics.map { (id: $0.id, title: $0.title) }) {
    case .one(let index): return .success(index)
    case .many(let indices):
      return .failure(Failure(resolution: .ambiguous(indices.map { topics[$0].id })))
    case .none: return nil
    }
  }

  private func suggestTopic(for query: String) -> String? {
    EditDistance.closest(to: query, among: topics.map(\.id))
  }

  // MARK: - Matching by id, prefix or title words

  private enum Match: Equatable {
    case one(Int)
    case many([Int])
    case none
  }

  /// Exact id, then unique id prefix, then every query word starting a word of the title.
  private static func match(_ query: String, among items: [(id: String, title: String)]) -> Match {
    if let exact = items.firstIndex(where: { $0.id == query }) { return .one(exact) }
    let byPrefix = items.indices.filter { items[$0].id.hasPrefix(query) }
    if byPrefix.count == 1 { return .one(byPrefix[0]) }
    if byPrefix.count > 1 { return .many(byPrefix) }

    let queryWords = words(query)
    guard !queryWords.isEmpty else { return .none }
    let byTitle = items.indices.filter { index in
      let titleWords = words(items[index].title) + words(items[index].id)
      return queryWords.allSatisfy { word in titleWords.contains { $0.hasPrefix(word) } }
    }
    switch byTitle.count {
    case 0: return .none
    case 1: return .one(byTitle[0])
    default: return .many(byTitle)
    }
  }

  private static func words(_ text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  }
}

extension StringProtocol {
  var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
