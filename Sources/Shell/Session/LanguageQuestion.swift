import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

/// Which language a learner learns in: asked once, in every language the program has the
/// bundle in (the person may read only one of them), when they have not chosen yet, a person
/// is at the keyboard and there is more than one language to choose from. A script is never
/// asked; its learners follow `--lang` or the locale.
struct LanguageQuestion {
  let context: ShellContext

  /// Whether the question can be asked now (never when `--lang` already said).
  var canAsk: Bool {
    context.reader.isInteractive && context.shelf.languages.count > 1
      && context.languageChoice.flag == nil
  }

  /// The language of someone who has not chosen: `--lang`, else the locale's.
  var unchosen: Language { context.shelf.language(for: context.languageChoice.language(for: nil)) }

  /// `learner` with a language chosen: asked and stored when they have none and it can be
  /// asked, else as they are. Enter keeps the language they would have without choosing
  /// (`unchosen`), and stores it, so the question comes once.
  func chosen(by learner: Learner, in store: LearnerStore) -> Learner {
    guard learner.language == nil, canAsk else { return learner }
    let language = ask() ?? unchosen
    do {
      try store.setLanguage(language, learnerID: learner.id)
    } catch {
      context.sayNotSaved(context.string(.notSavedLanguage), error)
    }
    var updated = learner
    updated.language = language
    return updated
  }

  /// Asks which language; nil for Enter, `stop` or the end of input.
  func ask() -> Language? {
    let languages = context.shelf.languages
    // Every language's own words, so whoever reads one of them understands.
    context.say("Which language do you want to learn in? / ¿En qué idioma quiere aprender?")
    for (number, language) in languages.enumerated() {
      context.say("  \(number + 1). " + StyledText(language.ownName, role: .strong))
    }
    let numbers = languages.indices.map { "\($0 + 1)" }.joined(separator: ", ")
    while true {
      guard case .line(let line) = context.readLine(prompt: "\(numbers)> ") else { return nil }
      let typed = line.trimmed
      if typed.isEmpty || ["stop", "cancel"].contains(typed.lowercased()) { return nil }
      if let language = Self.language(in: typed, numbered: languages) { return language }
      context.say("Please type \(numbers). / Escriba \(numbers).")
    }
  }

  /// The language in an answer: its number in the list, its code, or its name in English or
  /// in its own words, accents optional (`2`, `es`, `Spanish`, `español`, `espanol`).
  static func language(in typed: String, numbered languages: [Language]) -> Language? {
    let answer = typed.trimmed.lowercased()
      .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    if let number = Int(answer), languages.indices.contains(number - 1) {
      return languages[number - 1]
    }
    let names: [String: Language] = [
      "english": .english, "ingles": .english, "spanish": .spanish, "espanol": .spanish,
      "castellano": .spanish,
    ]
    return names[answer] ?? Language(rawValue: answer)
  }
}
