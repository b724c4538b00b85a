import Curriculum

/// Grades typed answers in the learner's own words, leniently where a person would be and never
/// where it would change the meaning.
///
/// - Any kind: `I don't know`, `not sure`, `no idea`, `?` is `didNotKnow` (see `NotKnowing`).
/// - Choices: letters (`a c`, `ac`, `a,c`), numbers (`1 3`), a choice's words or a clear
///   paraphrase that fits one choice only (`the size of a quarter`), `all`, `all except c`,
///   `both`, `none`; words that fit several choices ask which was meant.
/// - True or false: `true`, `yes`, `yep`, `yeah`, `right`, `correct`, `sí`, and `false`, `no`,
///   `nope`, `nah`, `wrong`, `not true`.
/// - Free text: case, spacing, punctuation, articles and lead-ins (`I think it's`) never matter;
///   plurals, `-ing` and `-ed` forms, the question's synonyms and the manifest's synonym groups
///   count; a typing slip counts only in a word that is not itself a real word (`RealWords`), so
///   `feasting` is never `fasting`; a negation (`not flushing`) is never the word it negates;
///   and words of the question's own prompt are not an answer (`the tube` for the blank in "the
///   thin tube … is called the ____").
package struct AnswerGrader: Sendable, Hashable {
  package var synonyms: SynonymTable
  package var realWords: RealWords
  /// The language answers are typed in (the bundle's): `nose` is "I don't know" only in Spanish.
  package var language: Language

  package init(
    synonyms: SynonymTable = .empty, realWords: RealWords = .english,
    language: Language = .english
  ) {
    self.synonyms = synonyms
    self.realWords = realWords
    self.language = language
  }

  /// A grader using the bundle manifest's synonym groups and its language's word list.
  package init(manifest: Manifest) {
    self.init(
      synonyms: SynonymTable(groups: manifest.synonyms),
      realWords: manifest.language == .spanish ? .spanish : .english, language: manifest.language)
  }

  /// A grader using the bundle's synonym groups, with the bundle's own words as real words.
  package init(bundle: ContentBundle) {
    self.init(
      synonyms: SynonymTable(groups: bundle.manifest.synonyms),
      realWords: RealWords(bundle: bundle), language: bundle.manifest.language)
  }

  package func grade(_ input: String, for presented: PresentedQuestion) -> GradeResult {
    if NotKnowing.says(input, language: language) { return .didNotKnow }
    let question = presented.question
    switch question.answer {
    case .choice(let right):
      switch readChoices(input, presented) {
      case .choices(let shown) where shown.count == 1:
        return verdict(presented.choiceOrder[shown[0]] == right)
      case .choices(let shown) where shown.isEmpty:
        return .incorrect
      case .several(let shown):
        return .unreadable(.fitsSeveral(choices: shown.map { presented.choiceLines[$0] }))
      default:
        return .unreadable(.needsOneLetter(range: presented.letters))
      }
    case .choices(let right):
      switch readChoices(input, presented) {
      case .choices(let shown):
        return verdict(Set(shown.map { presented.choiceOrder[$0] }) == right)
      case .several(let shown):
        return .unreadable(.fitsSeveral(choices: shown.map { presented.choiceLines[$0] }))
      default:
        return .unreadable(.needsLetters(range: presented.letters))
      }
    case .truth(let right):
      guard let value = truth(input) else {
        return .unreadable(.needsTrueOrFalse)
      }
      return verdict(value == right)
    case .order(let right):
      let count = presented.choiceOrder.count
      let words = WordForms.droppingLeadIns(AnswerText.words(input))
      guard let shown = Self.letterList(words, count: count), shown.sorted() == Array(0..<count)
      else {
        return .unreadable(.needsEveryStep(count: count))
      }
      return verdict(shown.map { presented.choiceOrder[$0] } == right)
    case .text(let accepted, let extra):
      let words = AnswerText.words(input)
      guard !words.isEmpty else {
        return .unreadable(.needsWords)
      }
      return freeText(
        words, accepted: accepted, extra: extra, rejected: question.rejectedAnswers,
        prompt: question.prompt)
    }
  }

  /// The learner's words with the choices they named spelled out (`b — Soft silicone`), so a
  /// record reads the same whatever order the choices were shown in. Other kinds: as typed.
  package func describe(_ input: String, for presented: PresentedQuestion) -> String {
    guard !NotKnowing.says(input, language: language) else { return input }
    let shown: [Int]
    switch presented.question.kind {
    case .singleChoice, .multipleChoice:
      guard case .choices(let read) = readChoices(input, presented) else { return input }
      shown = read
    case .order:
      let words = WordForms.droppingLeadIns(AnswerText.words(input))
      shown = Self.letterList(words, count: presented.choiceOrder.count) ?? []
    case .trueFalse, .shortAnswer:
      return input
    }
    guard !shown.isEmpty else { return input }
    let separator = presented.question.kind == .order ? " → " : "; "
    return input + " — " + shown.map { presented.displayedChoices[$0] }.joined(separator: separator)
  }

  func verdict(_ right: Bool) -> GradeResult {
    right ? .correct(acceptedAs: nil) : .incorrect
  }

  /// True when `word` may be forgiven as a typing slip: it is not a real word.
  func mayForgive(_ word: String) -> Bool { !realWords.contains(word) }

  /// True when `typed` is `key`: the same word, an inflection of it, or (for a word that is not
  /// real) a typing slip of it. `derived` also lets `-ness`, `-ly`, `-er`, `-est` forms meet.
  func sameWord(_ typed: String, _ key: String, derived: Bool = false) -> Bool {
    if WordForms.sameRoot(typed, key, derived: derived) { return true }
    guard !WordForms.negations.contains(key), mayForgive(typed) else { return false }
    let allowance = AnswerText.typoAllowance(letterCount: key.count)
    return allowance > 0 && AnswerText.editDistance(typed, key, limit: allowance) <= allowance
  }
}
