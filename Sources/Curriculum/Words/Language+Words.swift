extension Language {
  /// True when `word` (lowercase ASCII letters, accents folded) is in this language's word list
  /// built into the program.
  package func hasWord(_ word: some StringProtocol) -> Bool {
    switch self {
    case .english: EnglishWords.contains(word)
    case .spanish: SpanishWords.contains(word)
    }
  }
}
