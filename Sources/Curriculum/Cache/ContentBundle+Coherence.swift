import Markdown

/// What a bundle read back from the cache must satisfy before it is used: the facts the loader's
/// validation guarantees and the rest of the program relies on without checking (an answer's
/// index is a choice, ids are unique). A cache file edited by hand fails here and is rebuilt.
extension ContentBundle {
  var isCoherentForCache: Bool {
    guard Self.isUnique(topics.map(\.id)), Self.isUnique(questions.map(\.id)) else {
      return false
    }
    for topic in topics {
      let sections = (topic.introduction.map { [$0] } ?? []) + topic.sections
      guard Self.isUnique(topic.sections.map(\.id)),
        sections.allSatisfy({ $0.line >= 0 && $0.bodyLine >= 0 })
      else { return false }
    }
    let picturesHoldTogether = pictures.allSatisfy { path, picture in
      path == picture.path && path.hasPrefix("images/")
        && Picture.Kind(signature: picture.bytes) == picture.kind
        && picture.bytes.count <= BundleFiles.maximumPictureSize
    }
    let figuresHoldTogether = figures.allSatisfy { id, figure in
      id == figure.id && figure.isCoherentForCache
    }
    return picturesHoldTogether && figuresHoldTogether
      && questions.allSatisfy { $0.line >= 0 && $0.answerFitsChoices }
  }

  private static func isUnique(_ ids: [String]) -> Bool { Set(ids).count == ids.count }
}

extension Question {
  /// Whether the answer has the question's kind and names only choices that exist.
  fileprivate var answerFitsChoices: Bool {
    let valid = choices.indices
    switch (kind, answer) {
    case (.singleChoice, .choice(let index)): return valid.contains(index)
    case (.multipleChoice, .choices(let indices)):
      return !indices.isEmpty && indices.allSatisfy(valid.contains)
    case (.trueFalse, .truth): return true
    case (.order, .order(let indices)):
      return indices.count == choices.count && Set(indices) == Set(valid)
    case (.shortAnswer, .text(let accepted, _)): return !accepted.isEmpty
    default: return false
    }
  }
}
