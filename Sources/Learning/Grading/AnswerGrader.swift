import Curriculum

/// Grades typed answers, leniently where a person would be: case, spacing and punctuation never
/// matter; choices may be given as letters (`a c`, `ac`, `a,c`), numbers (`1 3`) or, for a single
/// choice, the choice's words; true/false takes yes/no and their first letters; free text forgives
/// small typos (see `AnswerText.typoAllowance`), leading articles, the question's synonyms and
/// the manifest's synonym groups.
public struct AnswerGrader: Sendable, Hashable {
  public var synonyms: SynonymTable

  public init(synonyms: SynonymTable = .empty) {
    self.synonyms = synonyms
  }

  /// A grader using the bundle manifest's synonym groups.
  public init(manifest: Manifest) {
    self.init(synonyms: SynonymTable(groups: manifest.synonyms))
  }

  public func grade(_ input: String, for presented: PresentedQuestion) -> GradeResult {
    let text = AnswerText.normalize(input)
    let question = presented.question
    switch question.answer {
    case .choice(let right):
      guard let shown = singleChoice(text, presented) else {
        return .unreadable(.needsOneLetter(range: presented.letters))
      }
      return verdict(presented.choiceOrder[shown] == right)
    case .choices(let right):
      guard let shown = choiceList(text, count: presented.choiceOrder.count), !shown.isEmpty else {
        return .unreadable(.needsLetters(range: presented.letters))
      }
      return verdict(Set(shown.map { presented.choiceOrder[$0] }) == right)
    case .truth(let right):
      guard let value = truth(text) else {
        return .unreadable(.needsTrueOrFalse)
      }
      return verdict(value == right)
    case .order(let right):
      let count = presented.choiceOrder.count
      guard let shown = choiceList(text, count: count), shown.sorted() == Array(0..<count) else {
        return .unreadable(.needsEveryStep(count: count))
      }
      return verdict(shown.map { presented.choiceOrder[$0] } == right)
    case .text(let accepted, let extra):
      guard !text.isEmpty else {
        return .unreadable(.needsWords)
      }
      return freeText(text, accepted: accepted, extra: extra)
    }
  }

  /// The learner's words with the choices they named spelled out (`b — Soft silicone`), so a
  /// record reads the same whatever order the choices were shown in. Other kinds: as typed.
  public func describe(_ input: String, for presented: PresentedQuestion) -> String {
    let text = AnswerText.normalize(input)
    let count = presented.choiceOrder.count
    let shown: [Int]?
    switch presented.question.kind {
    case .singleChoice: shown = singleChoice(text, presented).map { [$0] }
    case .multipleChoice, .order: shown = choiceList(text, count: count)
    case .trueFalse, .shortAnswer: shown = nil
    }
    guard let shown, !shown.isEmpty else { return input }
    let separator = presented.question.kind == .order ? " → " : "; "
    return input + " — " + shown.map { presented.displayedChoices[$0] }.joined(separator: separator)
  }

  private func verdict(_ right: Bool) -> GradeResult {
    right ? .correct(acceptedAs: nil) : .incorrect
  }

  // MARK: - Choices

  /// The display index named by a letter, a number or the choice's own words.
  private func singleChoice(_ text: String, _ presented: PresentedQuestion) -> Int? {
    let count = presented.choiceOrder.count
    if let list = choiceList(text, count: count), list.count == 1 { return list[0] }
    let shown = presented.displayedChoices.map { AnswerText.normalize($0) }
    if let exact = shown.firstIndex(of: text) { return exact }
    let near = shown.indices.filter { index in
      let allowance = AnswerText.typoAllowance(letterCount: shown[index].count)
      return AnswerText.editDistance(text, shown[index], limit: allowance) <= allowance
    }
    return near.count == 1 ? near[0] : nil
  }

  /// Display indices in the order given: `a c`, `ac`, `1 3`, `13` (when there are at most nine
  /// choices); the words "and" and "then" are skipped. `nil` when any part is not a choice.
  private func choiceList(_ text: String, count: Int) -> [Int]? {
    guard count > 0 else { return nil }
    var result: [Int] = []
    for token in text.split(separator: " ") where token != "and" && token != "then" {
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
    return result
  }

  // MARK: - True or false

  private func truth(_ text: String) -> Bool? {
    switch text {
    case "true", "t", "yes", "y": return true
    case "false", "f", "no", "n": return false
    default:
      if AnswerText.editDistance(text, "true", limit: 1) <= 1 { return true }
      if AnswerText.editDistance(text, "false", limit: 1) <= 1 { return false }
      return nil
    }
  }

  // MARK: - Free text

  private static let articles: Set<String> = ["a", "an", "the"]

  private func freeText(_ text: String, accepted: [String], extra: [String]) -> GradeResult {
    let given = Self.withoutArticles(text.split(separator: " ").map(String.init))
    let givenPlain = given.joined(separator: " ")
    let givenCanonical = synonyms.canonical(given, forgivingTypos: true).joined(separator: " ")
    for candidate in accepted + extra {
      let words = Self.withoutArticles(AnswerText.words(candidate))
      guard !words.isEmpty else { continue }
      let plain = words.joined(separator: " ")
      if plain == givenPlain { return .correct(acceptedAs: nil) }
      let canonical = synonyms.canonical(words, forgivingTypos: false).joined(separator: " ")
      let allowance = AnswerText.typoAllowance(letterCount: words.reduce(0) { $0 + $1.count })
      if AnswerText.editDistance(givenPlain, plain, limit: allowance) <= allowance
        || AnswerText.editDistance(givenCanonical, canonical, limit: allowance) <= allowance
      {
        return .correct(acceptedAs: accepted.first ?? candidate)
      }
    }
    return .incorrect
  }

  private static func withoutArticles(_ words: [String]) -> [String] {
    let kept = words.filter { !articles.contains($0) }
    return kept.isEmpty ? words : kept
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
