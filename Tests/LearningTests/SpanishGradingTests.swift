import Curriculum
import TestSupport
import Testing

@testable import Learning

/// Answers typed in Spanish on the Spanish fixture bundle: accents and `ñ` optional, Spanish
/// yes, no and "I don't know", and no real Spanish word taken for another.
@Suite struct SpanishGradingTests {
  static let bundle = try! BundleLoader.load(from: RepositoryFiles.spanishFixtureBundle)
  static let grader = AnswerGrader(bundle: bundle)

  static func grade(_ input: String, _ id: String) -> GradeResult {
    let question = bundle.questions.first { $0.id == id }!
    return grader.grade(input, for: PresentedQuestion(question))
  }

  static func isRight(_ result: GradeResult) -> Bool {
    if case .correct = result { return true }
    return false
  }

  @Test(arguments: [
    "catéter", "cateter", "el catéter", "el cateter", "CATETER", "es el catéter",
    "creo que es el catéter", "se llama catéter", "catetr", "tubo", "el tubo",
  ])
  func theTubeIsTheCatheter(_ typed: String) {
    #expect(Self.isRight(Self.grade(typed, "basics-tube")), "\(typed)")
  }

  /// Real Spanish words a slip away from `catéter` or `tubo` are not forgiven (as `feasting`
  /// is never `fasting`).
  @Test(arguments: ["cráter", "crater", "tuba", "cubo", "no el catéter"])
  func anotherRealWordIsNotTheAnswer(_ typed: String) {
    #expect(Self.grade(typed, "basics-tube") == .incorrect, "\(typed)")
  }

  @Test(arguments: [
    "verdadero", "Verdadero", "v", "sí", "si", "cierto", "es verdad", "claro", "creo que es cierto",
    "correcto",
  ])
  func spanishTrue(_ typed: String) {
    #expect(Self.isRight(Self.grade(typed, "basics-vein")), "\(typed)")
  }

  @Test(arguments: ["falso", "f", "no", "no es cierto", "no es verdad", "incorrecto"])
  func spanishFalse(_ typed: String) {
    #expect(Self.grade(typed, "basics-vein") == .incorrect, "\(typed)")
  }

  @Test(arguments: [
    "no sé", "no se", "nose", "No lo sé", "ni idea", "no estoy segura", "no me acuerdo", "¿?",
    "pues no sé",
  ])
  func notKnowingInSpanish(_ typed: String) {
    #expect(Self.grade(typed, "basics-vein") == .didNotKnow, "\(typed)")
  }

  @Test(arguments: ["b", "B", "la b", "letra b", "una vez al mes", "segunda", "la segunda"])
  func lettersAndWordsStillWork(_ typed: String) {
    #expect(Self.isRight(Self.grade(typed, "care-how-often")), "\(typed)")
  }

  @Test func accentsAndEnyeAreFoldedInTheWordList() {
    let real = RealWords(bundle: Self.bundle)
    for word in ["ano", "si", "esta", "seto", "cateter", "venas", "infecciones"] {
      #expect(real.contains(word), "\(word)")
    }
    #expect(!real.contains("catetr"))
    #expect(SpanishWords.count > 80_000)
  }
}
