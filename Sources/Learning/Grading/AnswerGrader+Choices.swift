import Curriculum

/// Reading which choices a line names: letters, numbers, the choices' words or a paraphrase,
/// `all`, `all except c`, `both`, `none`.
extension AnswerGrader {
  /// What a line says about the choices of a question, in display indices.
  enum ChoiceReading: Equatable {
    /// The choices named, in the order given; empty for `none`.
    case choices([Int])
    /// The words fit each of these choices and no one better: ask which was meant.
    case several([Int])
    /// Not about the choices at all.
    case unreadable
  }

  private static let everything: Set<String> = [
    "all", "all of them", "all of the above", "everything", "every one", "all of these",
    "all the above", "them all", "all are right", "all of those",
  ]
  private static let nothing: Set<String> = [
    "none", "none of them", "none of the above", "neither", "nothing", "none of these",
    "neither of them", "none are right",
  ]
  private static let exceptWords: Set<String> = ["except", "but", "apart", "besides", "not"]
  private static let separators: Set<String> = ["and", "or", "then", "plus", "also"]

  /// The choices (or steps, in the order given) an answer names, as indices in the author's
  /// order: what the learner chose, right or wrong. Nil for other kinds of question, and when
  /// the answer names no choice clearly.
  package func chosenChoices(_ input: String, for presented: PresentedQuestion) -> [Int]? {
    if NotKnowing.says(input, language: language) { return nil }
    switch presented.question.answer {
    case .choice, .choices:
      guard case .choices(let shown) = readChoices(input, presented), !shown.isEmpty else {
        return nil
      }
      return shown.map { presented.choiceOrder[$0] }.sorted()
    case .order:
      let count = presented.choiceOrder.count
      let words = WordForms.droppingLeadIns(AnswerText.words(input))
      guard let shown = Self.letterList(words, count: count), shown.sorted() == Array(0..<count)
      else { return nil }
      return shown.map { presented.choiceOrder[$0] }
    case .truth, .text:
      return nil
    }
  }

  func readChoices(_ input: String, _ presented: PresentedQuestion) -> ChoiceReading {
    let count = presented.choiceOrder.count
    guard count > 0 else { return .unreadable }
    let choices = presented.displayedChoices.map { AnswerText.words($0) }
    let words = WordForms.droppingLeadIns(AnswerText.words(input))
    guard !words.isEmpty else { return .unreadable }
    let phrase = words.joined(separator: " ")
    if let exact = choices.firstIndex(where: { $0.joined(separator: " ") == phrase }) {
      return .choices([exact])
    }
    if let letters = Self.letterList(words, count: count) { return .choices(letters) }
    if Self.everything.contains(phrase) || (phrase == "both" && count == 2) {
      return .choices(Array(0..<count))
    }
    if Self.nothing.contains(phrase) { return .choices([]) }
    // `yep` or `nope` for choices that begin "Yes." and "No.".
    if let value = truth(input) {
      let answering = choices.indices.filter { choices[$0].first == (value ? "yes" : "no") }
      if answering.count == 1 { return .choices(answering) }
    }

    // `all except c`, `all but the last one`, `everything apart from b and d`.
    if ["all", "everything"].contains(words[0]), words.count > 2,
      Self.exceptWords.contains(words[1])
    {
      var rest = Array(words.dropFirst(2))
      if rest.first == "from" || rest.first == "for" { rest.removeFirst() }
      guard case .choices(let left) = readParts(rest, choices, count: count) else {
        return .unreadable
      }
      return .choices((0..<count).filter { !left.contains($0) })
    }
    var parts = words
    if parts.first == "both" || parts.first == "either", parts.count > 1 { parts.removeFirst() }
    let reading = readParts(parts, choices, count: count)
    if case .choices = reading { return reading }
    // A list typed with commas or semicolons: each piece read on its own. Semicolons, when
    // there are any, are the only list marks, since a choice may hold a comma of its own.
    let marks = input.contains(";") ? ";" : ",;/&+"
    let pieces = input.split { marks.contains($0) }
      .map { WordForms.droppingLeadIns(AnswerText.words($0)) }.filter { !$0.isEmpty }
    guard pieces.count > 1 else { return reading }
    var found: [Int] = []
    for piece in pieces {
      switch readParts(piece, choices, count: count) {
      case .choices(let some): found.append(contentsOf: some)
      case .several(let some): return .several(some)
      case .unreadable: return reading
      }
    }
    return .choices(found)
  }

  /// The whole of `words` as one choice's paraphrase, else its parts (split at `and`, `or`…)
  /// each as letters or a paraphrase.
  private func readParts(_ words: [String], _ choices: [[String]], count: Int) -> ChoiceReading {
    if let letters = Self.letterList(words, count: count) { return .choices(letters) }
    let whole = paraphrase(words, choices)
    if case .choices = whole { return whole }
    let parts = words.split { Self.separators.contains($0) }.map(Array.init)
    if parts.count > 1 {
      var found: [Int] = []
      var allRead = true
      for part in parts {
        if let letters = Self.letterList(part, count: count) {
          found.append(contentsOf: letters)
          continue
        }
        switch paraphrase(part, choices) {
        case .choices(let one): found.append(contentsOf: one)
        case .several(let some): return .several(some)
        case .unreadable: allRead = false
        }
      }
      if allRead { return .choices(found) }
    }
    return whole
  }

  /// The one choice `words` paraphrase: every telling word typed is a word of that choice (the
  /// same word, another form of it, a synonym, or a slip in a word that is not real), and no
  /// other choice fits as well.
  private func paraphrase(_ words: [String], _ choices: [[String]]) -> ChoiceReading {
    // Every telling word typed must be one of a choice's: far more words than any choice has
    // fit none (and would cost time for nothing).
    guard words.count <= 2 * (choices.map(\.count).max() ?? 0) + 4 else { return .unreadable }
    let typed = telling(words)
    guard !typed.isEmpty else { return .unreadable }
    var fitting: [Int] = []
    var complete: [Int] = []
    for (index, choice) in choices.enumerated() {
      let offered = telling(choice)
      guard
        typed.allSatisfy({ word in offered.contains { sameWord(word, $0, derived: true) } })
      else { continue }
      fitting.append(index)
      if offered.allSatisfy({ word in typed.contains { sameWord($0, word, derived: true) } }) {
        complete.append(index)
      }
    }
    switch (fitting.count, complete.count) {
    case (0, _): return .unreadable
    case (1, _): return .choices(fitting)
    case (_, 1): return .choices(complete)
    default: return .several(fitting)
    }
  }

  /// The words that tell one choice from another: synonyms made one, common words dropped.
  private func telling(_ words: [String]) -> [String] {
    synonyms.canonical(words, forgivingTyposIn: mayForgive)
      .filter { !WordForms.commonWords.contains($0) }
  }

  /// Display indices in the order given: `a c`, `ac`, `1 3`, `13` (when there are at most nine
  /// choices), `the second one`, `the first and the last`; the words "and" and "then" are
  /// skipped. `nil` when any part is not a choice.
  static func letterList(_ words: [String], count: Int) -> [Int]? {
    guard count > 0 else { return nil }
    // `the second one`, `the first and the last`.
    let named = words.filter { !["the", "one", "ones", "and", "then"].contains($0) }
    if !named.isEmpty, words.contains(where: { WordForms.ordinal($0, count: count) != nil }) {
      let positions = named.compactMap { WordForms.ordinal($0, count: count) }
      return positions.count == named.count ? positions : nil
    }
    var result: [Int] = []
    for token in words where token != "and" && token != "then" {
      if token.allSatisfy(\.isASCIIDigit) {
        if let number = Int(token), (1...count).contains(number) {
          result.append(number - 1)
        } else if count <= 9, token.allSatisfy({ $0 != "0" && Int(String($0))! <= count }) {
          result.append(contentsOf: token.map { Int(String($0))! - 1 })
        } else {
          return nil
        }
      } else {
        for character in token {
          guard let ascii = character.asciiValue, (97..<97 + min(count, 26)).contains(Int(ascii))
          else { return nil }
          result.append(Int(ascii) - 97)
        }
      }
      if result.count > 4 * count { return nil }
    }
    return result.isEmpty ? nil : result
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
