import Curriculum

/// Which typed words are real words, and so are never forgiven as a typing slip of another:
/// the English word list built into the program (`EnglishWords`) plus the words of the bundle
/// itself (its questions, choices, answers, hints, synonyms and titles), so a medical word the
/// list lacks (`lumen`, `heparin`) is real too.
package struct RealWords: Sendable, Hashable {
  /// The bundle's words that the English list does not hold.
  private var bundleWords: Set<String>

  /// Only the English word list.
  package static let english = RealWords(bundleWords: [])

  private init(bundleWords: Set<String>) { self.bundleWords = bundleWords }

  /// The English word list and the words of `bundle`'s questions, synonyms and titles.
  package init(bundle: ContentBundle) {
    var texts: [String] = bundle.manifest.synonyms.flatMap { $0 }
    for question in bundle.questions {
      texts.append(question.prompt)
      texts.append(contentsOf: question.choices)
      texts.append(question.explanation)
      texts.append(question.reexplanation)
      if let hint = question.hint { texts.append(hint) }
      texts.append(contentsOf: question.rejectedAnswers)
      if case .text(let accepted, let synonyms) = question.answer {
        texts.append(contentsOf: accepted + synonyms)
      }
    }
    for topic in bundle.topics {
      texts.append(topic.title)
      texts.append(contentsOf: topic.keywords)
      texts.append(contentsOf: topic.sections.map(\.title))
    }
    var words: Set<String> = []
    for text in texts {
      for word in AnswerText.words(text) where !EnglishWords.contains(word) {
        words.insert(word)
      }
    }
    self.init(bundleWords: words)
  }

  /// True when `word` (normalized) is a real word. Numbers count as real: `38` is never `39`.
  package func contains(_ word: String) -> Bool {
    if word.first?.isNumber == true { return true }
    return EnglishWords.contains(word) || bundleWords.contains(word)
  }
}
