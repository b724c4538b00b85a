import Curriculum

extension EducationRecord {
  /// The languages the teaching in the record happened in — its session's and its answers' —
  /// in the program's order (English first); the content's language when neither says.
  package var languages: [Language] {
    var codes = Set(learners.flatMap { $0.answers.map(\.language) })
    if let session { codes.insert(session.language) }
    if codes.isEmpty { codes.insert(bundle.language) }
    return Language.allCases.filter { codes.contains($0.rawValue) }
  }

  /// `languages` by their English names, for the record's own words: "English and Spanish".
  package var languageNames: String {
    languages.map(\.englishName).joined(separator: " and ")
  }
}
