/// Which of a message's plural forms a count takes, by the language's CLDR plural rule.
///
/// For whole numbers English and Spanish have two: `one` for 1 and `other` for the rest.
/// (CLDR gives Spanish a third, `many`, for exact millions, "1 000 000 de preguntas"; no count
/// the program words comes near one, so it takes `other`.)
package enum PluralCategory: Sendable, Hashable {
  case one
  case other

  package init(_ count: Int, in language: Language) {
    switch language {
    case .english, .spanish: self = count == 1 ? .one : .other
    }
  }
}
