import Curriculum

/// Which typed words are real words, and so are never forgiven as a typing slip of another:
/// the word list of the bundle's language built into the program (`EnglishWords`,
/// `SpanishWords`) plus the words of the bundle itself (its questions, choices, answers, hints,
/// synonyms and titles), so a medical word the list lacks (`lumen`, `heparin`, `septo`) is real
/// too. Words are compared as answers are, accents folded: `año` and `ano` are one word.
package struct RealWords: Sendable, Hashable {
  /// The language whose word list is used.
  private var language: Language
  /// The bundle's words that the list does not hold.
  private var bundleWords: Set<String>

  /// Only the English word list.
  package static let english = RealWords(language: .english, bundleWords: [])
  /// Only the Spanish word list.
  package static let spanish = RealWords(language: .spanish, bundleWords: [])

  private init(language: Language, bundleWords: Set<String>) {
    self.language = language
    self.bundleWords = bundleWords
  }

  /// The word list of `bundle`'s language and the words of its questions, synonyms and titles.
  package init(bundle: ContentBundle) {
    let language = bundle.manifest.language
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
      for word in AnswerText.words(text) where !language.hasWord(word) {
        words.insert(word)
      }
    }
    self.init(language: language, bundleWords: words)
  }

  /// True when `word` (normalized) is a real word. Numbers count as real: `38` is never `39`.
  package func contains(_ word: String) -> Bool {
    if word.first?.isNumber == true { return true }
    return language.hasWord(word) || bundleWords.contains(word)
  }
}
