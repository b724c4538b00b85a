import Curriculum

/// A question about what is to come (`will it hurt?`, `is it going to be painful`) from
/// someone not describing a sign they have now. It is answered first from the places that
/// say what to expect; the warning signs come after them, so a person asking before surgery
/// meets "Will it hurt?" on placement day before "Chest pain: an emergency".
struct WhatToExpect {
  /// The sections that check a warning sign, by topic.
  private let warningSections: [String: Set<String>]
  /// Topics where most sections are about warning signs, so the topic itself is one.
  private let warningTopics: Set<String>

  init(bundle: ContentBundle) {
    var sections: [String: Set<String>] = [:]
    for question in bundle.questions where !question.warningSignIDs.isEmpty {
      sections[question.topicID, default: []].insert(question.sectionID)
    }
    warningSections = sections
    warningTopics = Set(
      bundle.topics.filter { topic in
        let count = sections[topic.id]?.count ?? 0
        return !topic.sections.isEmpty && count * 2 >= topic.sections.count
      }.map(\.id))
  }

  /// First words of such a question, folded (no accents): `will it hurt`, `¿me va a doler?`,
  /// `¿cómo será?`.
  private static let questionOpenings: Set<String> = [
    "will", "would", "is", "are", "does", "do", "how", "what", "going", "gonna",
    "va", "me", "le", "voy", "vamos", "sera", "es", "como", "que", "cuanto",
  ]

  /// Whether words (lowercased and folded, in order) ask about what is to come, and name no
  /// sign that is happening now (those go on to the warning signs and the `call` hint).
  static func asksWhatIsToCome(_ words: [String], signWords: Set<String>) -> Bool {
    guard let first = words.first, questionOpenings.contains(first) else { return false }
    return signWords.isDisjoint(with: words)
  }

  /// `hits` with the places that teach what to expect first, each group in its own order.
  func expectationsFirst(_ hits: [SearchHit]) -> [SearchHit] {
    let warning = hits.filter(isWarningPlace)
    return hits.filter { !isWarningPlace($0) } + warning
  }

  private func isWarningPlace(_ hit: SearchHit) -> Bool {
    guard let section = hit.sectionID else { return warningTopics.contains(hit.topicID) }
    return warningSections[hit.topicID]?.contains(section) ?? false
  }
}
