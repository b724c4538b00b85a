/// Finds short-answer questions whose prompt already holds an answer they accept: one of its
/// accepted answers or synonyms, or a word from the bundle's synonym group of one of them
/// (a prompt saying "the thin tube" gives away `tube` for "catheter").
enum GiveAwayChecker {
  private static let articles: Set<String> = [
    "a", "an", "the", "el", "la", "los", "las", "un", "una", "unos", "unas",
  ]

  static func check(_ reading: BundleReading) -> [Diagnostic] {
    let log = DiagnosticLog()
    let groups = (reading.manifest?.manifest.synonyms ?? []).map { $0.map(words) }
    for parsed in reading.questions {
      let question = parsed.question
      guard case .text(let accepted, let synonyms) = question.answer else { continue }
      let answers = (accepted + synonyms).map(words).filter { !$0.isEmpty }
      var phrases = answers
      for group in groups where group.contains(where: answers.contains) {
        phrases += group.filter { !$0.isEmpty }
      }
      let prompt = words(question.prompt)
      var reported: Set<[String]> = []
      for phrase in phrases where contains(prompt, phrase) && reported.insert(phrase).inserted {
        log.warning(
          question.file, parsed.idLocation,
          "the prompt of `\(question.id)` says \(Quoting.quote(phrase.joined(separator: " "))), "
            + "which the question accepts as an answer, so it gives the answer away; reword the "
            + "prompt")
      }
    }
    return log.diagnostics
  }

  /// Lowercased words of letters and digits, without leading articles.
  static func words(_ text: String) -> [String] {
    var result: [String] = []
    var word = ""
    for character in text {
      if character.isLetter || character.isNumber {
        word += character.lowercased()
      } else if !word.isEmpty {
        result.append(word)
        word = ""
      }
    }
    if !word.isEmpty { result.append(word) }
    let kept = Array(result.drop(while: articles.contains))
    return kept.isEmpty ? result : kept
  }

  private static func contains(_ text: [String], _ phrase: [String]) -> Bool {
    guard !phrase.isEmpty, text.count >= phrase.count else { return false }
    return (0...(text.count - phrase.count)).contains {
      Array(text[$0..<$0 + phrase.count]) == phrase
    }
  }
}
