/// Grading a short answer typed in the learner's own words.
extension AnswerGrader {
  /// Right when the words typed, without lead-ins and articles, are word for word one of the
  /// author's answers (`accepted`, then the question's `extra` synonyms) or the same through
  /// the manifest's synonym groups. Never right when every word typed is a word of the prompt,
  /// or is one of the author's `rejected` look-alikes (`feasting` for "fasting").
  func freeText(
    _ typed: [String], accepted: [String], extra: [String], rejected: [String], prompt: String
  ) -> GradeResult {
    let given = WordForms.droppingArticles(WordForms.droppingLeadIns(typed))
    if rejected.contains(where: { WordForms.droppingArticles(AnswerText.words($0)) == given }) {
      return .incorrect
    }
    let candidates = (accepted + extra).map {
      WordForms.droppingArticles(AnswerText.words($0))
    }.filter { !$0.isEmpty }
    // An answer far longer than every right one is none of them (synonym phrases are short).
    guard given.count <= 2 * (candidates.map(\.count).max() ?? 0) + 4 else { return .incorrect }

    // The author's own answers: as typed, then word for word (forms and slips allowed).
    let own = candidates.prefix(accepted.count)
    if own.contains(where: { given == $0 || given.joined() == $0.joined() }) {
      return .correct(acceptedAs: nil)
    }
    if let index = own.firstIndex(where: { sameWords(given, $0) }) {
      return .correct(acceptedAs: accepted[index])
    }
    // Words of the prompt are not an answer: "the tube" for "the thin tube … is called the ____".
    let promptWords = AnswerText.words(prompt).filter { !WordForms.commonWords.contains($0) }
    let promptRoots = Set(promptWords.flatMap { WordForms.roots(of: $0, derived: true) })
    if given.allSatisfy({ word in
      WordForms.roots(of: word, derived: true).contains { promptRoots.contains($0) }
        || (mayForgive(word) && promptWords.contains { sameWord(word, $0) })
    }) {
      return .incorrect
    }
    let givenCanonical = synonyms.canonical(given, forgivingTyposIn: mayForgive)
    for (index, words) in candidates.enumerated() {
      if index >= accepted.count, sameWords(given, words) {
        return .correct(acceptedAs: accepted.first ?? extra[index - accepted.count])
      }
      let canonical = synonyms.canonical(words, forgivingTyposIn: { _ in false })
      if sameWords(givenCanonical, canonical) {
        return .correct(acceptedAs: accepted.first ?? extra[index - accepted.count])
      }
    }
    return .incorrect
  }

  /// True when `typed` and `key` are the same words: one for one (`sameWord`), or the same
  /// letters spaced differently (`saltwater`). A negation typed must be in the key too.
  private func sameWords(_ typed: [String], _ key: [String]) -> Bool {
    for word in typed where WordForms.negations.contains(word) && !key.contains(word) {
      return false
    }
    if typed.count == key.count, zip(typed, key).allSatisfy({ sameWord($0, $1) }) {
      return true
    }
    guard typed.count != key.count else { return false }
    let joinedTyped = typed.joined()
    let joinedKey = key.joined()
    if joinedTyped == joinedKey { return true }
    return typed.count == 1 && sameWord(joinedTyped, joinedKey)
  }
}
