import Curriculum
import Learning
import Testing

@testable import Shell

/// Every value Learning returns has the English the shell shows. The words are exhaustive
/// switches, so a new case cannot go unworded; each table below names every case, so a new one
/// should get a row here too.
@Suite struct LearningWordsTests {
  @Test(arguments: [
    (
      UnreadableAnswer.needsOneLetter(range: "a"..."d"),
      "Please answer with one letter, a–d, or the words of one choice."
    ),
    (
      .needsLetters(range: "a"..."c"),
      "Please answer with the letters of every right choice (a–c), for example “a c”."
    ),
    (
      .needsTrueOrFalse,
      "Please answer true or false (yes or no also works), or say “I don't know”."
    ),
    (
      .fitsSeveral(choices: ["a) Once a day", "c) Once a year"]),
      "That fits more than one choice: a) Once a day; c) Once a year. "
        + "Which one did you mean? Type its letter."
    ),
    (
      .needsEveryStep(count: 4),
      "Please give all 4 steps in order, each letter once, for example “d c b a”."
    ),
    (.needsWords, "Please type your answer in a few words."),
    (.quizOver, "The quiz is over."),
  ])
  func unreadableAnswers(reason: UnreadableAnswer, words: String) {
    #expect(reason.words(in: .english) == words)
  }

  @Test func everyQuestionKindHasInstructions() {
    let words = QuestionKind.allCases.map {
      AnswerInstructions(kind: $0, letters: "a"..."c").words(in: .english)
    }
    #expect(
      words == [
        "Answer with one letter, a–c, or in your own words.",
        "Answer with every letter that applies, for example “a c”.",
        "Answer true or false.",
        "Put the steps in order with their letters, for example “c b a”.",
        "Answer in a few words.",
      ])
  }

  @Test func everyConfirmationHasWordsWithAndWithoutTheAuthorsWording() {
    #expect(
      Confirmation.allCases.map { $0.words(acceptedAs: nil, in: .english) } == [
        "Right.", "Right this time.",
      ])
    #expect(
      Confirmation.allCases.map { $0.words(acceptedAs: "catheter", in: .english) } == [
        "Right — “catheter”.", "Right this time — “catheter”.",
      ])
  }

  @Test(arguments: [
    (RightAnswer.choices(["b) Soft silicone"]), "b) Soft silicone"),
    (.choices(["a) Redness", "d) Fever"]), "a) Redness; d) Fever"),
    (.truth(true), "true"),
    (.truth(false), "false"),
    (.steps(["b", "c", "a", "d"]), "b, c, a, d"),
    (.words("catheter"), "catheter"),
  ])
  func rightAnswers(answer: RightAnswer, words: String) {
    #expect(answer.words(in: .english) == words)
  }

  @Test(arguments: [
    (HintReply.hint("Think of a fever."), "Think of a fever."),
    (.noHint, "There is no hint for this question."),
    (.quizOver, "The quiz is over."),
  ])
  func hints(reply: HintReply, words: String) {
    #expect(reply.words(in: .english) == words)
  }

  @Test func positionSaysWhenAQuestionIsAskedAgain() {
    #expect(
      QuizSession.Position(number: 3, total: 10, isRetry: false).words(in: .english)
        == "Question 3 of 10")
    #expect(
      QuizSession.Position(number: 4, total: 10, isRetry: true).words(in: .english)
        == "Question 4 of 10 (second try)")
  }

  @Test func summaryHeadlineNamesOnlyTheOutcomesThatHappened() {
    var summary = QuizSummary()
    summary.rightFirstTime = ["a", "b", "c"]
    summary.rightSecondTry = ["d"]
    #expect(summary.headline(in: .english) == "3 of 4 right the first time, 1 on the second try.")
    summary.missed = ["e"]
    summary.skipped = ["f"]
    summary.notAsked = ["g", "h"]
    #expect(
      summary.headline(in: .english)
        == "3 of 6 right the first time, 1 on the second try, 1 missed, 1 skipped, 2 not asked.")
    summary.notKnown = ["i"]
    #expect(
      summary.headline(in: .english)
        == "3 of 7 right the first time, 1 on the second try, 1 missed, 1 not known yet, "
        + "1 skipped, 2 not asked.")
  }

  @Test func iDontKnowAndWordsThatFitTwoChoicesHaveWords() {
    #expect(
      RightAnswer.choices(["b) Soft silicone"]).didNotKnowWords(in: .english)
        == "That's OK — here is the answer: b) Soft silicone")
    #expect(
      UnreadableAnswer.fitsSeveral(choices: ["a) Once a day", "b) Once a month"]).words(
        in: .english)
        == "That fits more than one choice: a) Once a day; b) Once a month. "
        + "Which one did you mean? Type its letter.")
  }

  @Test(arguments: [
    (
      Recommendation.read(
        SectionKey(topicID: "care", sectionID: "flushing"), topicTitle: "Caring for your port",
        sectionTitle: "Flushing"),
      "Read “Flushing” in “Caring for your port”: it is the next part you have not read yet."
    ),
    (
      .review(questionIDs: ["q"], redFlags: 0),
      "Review: 1 question is due. Answering now, just as memory starts to fade, makes it last "
        + "longer."
    ),
    (
      .review(questionIDs: ["q", "r"], redFlags: 0),
      "Review: 2 questions are due. Answering now, just as memory starts to fade, makes it last "
        + "longer."
    ),
    (
      .review(questionIDs: ["q", "r", "s"], redFlags: 1),
      "Review: 3 questions are due, 1 of them about warning signs (it comes first). Answering "
        + "now, just as memory starts to fade, makes it last longer."
    ),
    (
      .practise(topicID: "about", topicTitle: "About your port", mastery: 0.426),
      "Practise “About your port”: it is your least secure topic (43% remembered)."
    ),
    (.allDone, "All done for now: you have read everything and nothing is due for review."),
  ])
  func recommendations(recommendation: Recommendation, reason: String) {
    #expect(recommendation.reason(in: .english) == reason)
  }

  @Test(arguments: [
    (
      LearningError.unknownTopic("nope"),
      "There is no topic “nope” in this bundle; check the spelling against the list of topics."
    ),
    (
      .unknownPath("x"),
      "There is no learning path “x” in this bundle; check the spelling against the list of paths."
    ),
  ])
  func errors(error: LearningError, words: String) {
    #expect(error.words(in: .english) == words)
  }

  @Test func everyRoleHasATitle() {
    #expect(
      LearnerRole.allCases.map { $0.title(in: .english) } == [
        "patient", "parent or caregiver", "nurse educator",
      ])
  }
}
