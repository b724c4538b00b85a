import Testing

@testable import Shell

/// The when-to-call check and the prompt read Spanish as they read English: only a clear no is
/// a no, `no sé` and `tal vez` are reasons to call, `38,5` is a temperature, and a Spanish
/// question typed at the prompt is answered from the content.
@Suite struct SpanishWhenToCallTests {
  @Test(arguments: ["no", "No", "no.", "para nada", "nada", "nunca", "no tengo", "claro que no"])
  func aClearNo(_ typed: String) {
    #expect(SignAnswer(reading: typed, language: .spanish) == .no, "\(typed)")
  }

  @Test(arguments: ["sí", "si", "Sí.", "¡sí!", "claro", "sí, un poco", "por supuesto", "así es"])
  func aClearYes(_ typed: String) {
    #expect(SignAnswer(reading: typed, language: .spanish) == .yes, "\(typed)")
  }

  @Test(arguments: [
    "no sé", "no se", "nose", "tal vez", "creo que sí", "un poco", "sí, no sé", "no estoy segura",
  ])
  func notAClearNoIsAReasonToCall(_ typed: String) {
    #expect(SignAnswer(reading: typed, language: .spanish) == .unsure, "\(typed)")
  }

  @Test func nosIsAnEnglishSlipOnlyInEnglish() {
    #expect(SignAnswer(reading: "nose", language: .english) == .no)
    #expect(SignAnswer(reading: "nose", language: .spanish) == .unsure)
  }

  @Test(arguments: [
    ("38,5", 38.5), ("tiene 38,5 grados", 38.5), ("39 °C", 39), ("101,3 F", 38.5),
    ("38,5 centígrados", 38.5),
  ])
  func temperaturesWithACommaAndSpanishUnits(_ typed: String, _ celsius: Double) throws {
    let read = try #require(Temperature.celsius(in: typed))
    #expect(abs(read - celsius) < 0.05, "\(typed)")
  }

  @Test(arguments: [
    "¿va a doler?", "qué es un puerto", "puedo bañarme", "tengo miedo", "¿dolor?",
    "cómo se lava", "¡me duele!",
  ])
  func spanishQuestionsAreWords(_ line: String) {
    #expect(WordsAtThePrompt.isWords(line, firstWordIsNearACommand: true), "\(line)")
  }
}
