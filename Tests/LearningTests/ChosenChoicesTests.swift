import Curriculum
import TestSupport
import Testing

@testable import Learning

/// What a wrong (or right) choice answer named, in the author's order, whatever the shuffle
/// showed: what a record codes against the questionnaire's options.
@Suite struct ChosenChoicesTests {
  let bundle = SampleBundle.make()
  let grader = AnswerGrader(manifest: SampleBundle.manifest)

  func presented(_ id: String, order: [Int]) throws -> PresentedQuestion {
    PresentedQuestion(try #require(bundle.questions.first { $0.id == id }), choiceOrder: order)
  }

  @Test func typedLettersNameTheAuthorsChoicesRightOrWrong() throws {
    // Shown as: a) A bandage, b) A kind of needle, c) A tube outside the body, d) A small device.
    let what = try presented("about-what", order: [3, 2, 1, 0])
    #expect(grader.chosenChoices("b", for: what) == [2], "wrong: “A kind of needle”")
    #expect(grader.chosenChoices("d", for: what) == [0])
    let signs = try presented("care-signs", order: [2, 0, 1, 3])
    #expect(grader.chosenChoices("a b", for: signs) == [0, 2], "sorted, in the author's order")
    let steps = try presented("care-steps", order: [1, 0, 3, 2])
    #expect(grader.chosenChoices("b a d c", for: steps) == [0, 1, 2, 3], "steps keep their order")
    #expect(grader.chosenChoices("a b c d", for: steps) == [1, 0, 3, 2])
  }

  @Test func otherAnswersNameNoChoice() throws {
    let what = try presented("about-what", order: [0, 1, 2, 3])
    #expect(grader.chosenChoices("I don't know", for: what) == nil)
    #expect(grader.chosenChoices("zzz qqq", for: what) == nil)
    let skin = try presented("about-skin", order: [])
    #expect(grader.chosenChoices("true", for: skin) == nil)
  }

  @Test func aQuizKeepsThemOnTheAttempt() throws {
    let question = try #require(bundle.questions.first { $0.id == "about-what" })
    var quiz = QuizSession(questions: [question], grader: grader, seed: 3)
    let shown = try #require(quiz.current)
    let wrongLetter = try #require(shown.choiceOrder.firstIndex(of: 1))
    let letter = String(UnicodeScalar(UInt8(97 + wrongLetter)))
    let outcome = quiz.answer(letter, seconds: 5, at: .init(timeIntervalSince1970: 0))
    #expect(outcome.attempt?.chosenChoices == [1])
    #expect(outcome.attempt?.isCorrect == false)
  }
}
