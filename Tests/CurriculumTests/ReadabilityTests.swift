import Testing

@testable import Curriculum

@Suite("Readability")
struct ReadabilityTests {
  @Test(arguments: [
    ("port", 1), ("the", 1), ("care", 1), ("flush", 1), ("flushing", 2), ("flushes", 2),
    ("takes", 1), ("washed", 1), ("needed", 2), ("table", 2), ("little", 2), ("bubbles", 2),
    ("catheter", 3), ("infection", 3), ("body", 2), ("day", 1), ("yes", 1), ("safely", 2),
    ("carefully", 3), ("silicone", 3), ("dizziness", 3), ("anesthetic", 4), ("fluid", 2),
    ("area", 3), ("someone", 2), ("people", 2), ("being", 2), ("medicine", 3), ("chemo", 2),
    ("intravenous", 4), ("treatment", 2), ("swollen", 2), ("don't", 1), ("port-a-cath", 3),
    ("Flush", 1), ("2021", 4), ("x", 1),
  ])
  func countsSyllables(_ word: String, _ expected: Int) {
    #expect(SyllableCounter.count(word) == expected)
  }

  @Test func gradesAKnownSentence() {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    let score = ReadabilityScore(text: "The cat sat on the mat.")
    #expect(score.words == 6)
    #expect(score.syllables == 6)
    #expect(score.sentences == 1)
    #expect(abs(score.grade - -1.45) < 0.001)
  }

  @Test func gradesSeveralSentences() {
    // 15 words, 16 syllables, 2 sentences: 0.39 × 7.5 + 11.8 × 16/15 − 15.59 ≈ −0.0783
    let score = ReadabilityScore(
      text: "Call your care team if you have a fever. Your nurse will flush the port.")
    #expect(score.words == 15)
    #expect(score.syllables == 16)
    #expect(score.sentences == 2)
    #expect(abs(score.grade - -0.0783) < 0.001)
  }

  @Test func longWordsAndSentencesRaiseTheGrade() {
    let plain = ReadabilityScore(text: "Wash your hands. Dry them well.")
    let dense = ReadabilityScore(
      text: "Implanted venous access devices facilitate intermittent administration of "
        + "chemotherapeutic medications, parenteral nutrition and repeated phlebotomy.")
    #expect(plain.grade < 3)
    #expect(dense.grade > 16)
  }

  @Test(arguments: [
    ("Wash your hands\n- Clean the port\n- Dry it", 3),
    ("Steps:\n1. Wash\n2. Dry", 3),
    ("A long paragraph that wraps\nonto the next line and ends here.", 1),
    ("Why flushing matters\n\nFlushing keeps the port working.", 2),
    ("Use soap, e.g. a mild one. Then rinse.", 2),
    ("Is it red? Call now! Do not wait.", 3),
    ("He said \"stop.\" Then he left.", 2),
    ("", 0),
    ("   \n\n  ", 0),
  ])
  func splitsSentences(_ text: String, _ expected: Int) {
    #expect(ReadabilityScore(text: text).sentences == expected)
  }

  @Test func splitsWords() {
    #expect(
      ReadabilityScore.words(in: "Don't flush a port-a-cath -- ever, **ok**?").map(String.init)
        == ["Don't", "flush", "a", "port-a-cath", "ever", "ok"])
  }

  @Test func emptyTextHasGradeZero() {
    #expect(ReadabilityScore(text: "").grade == 0)
  }
}
