import Curriculum
import TestSupport
import Testing

@testable import Learning

/// Answers in the learner's own words, on every question of the shipped bundle: each key is
/// accepted by letter, number and words, each distractor refused, "I don't know" met as such,
/// and no real word taken for another.
@Suite struct OwnWordsTests {
  static let bundle = try! ImplantedPortBundle.load()
  static let grader = AnswerGrader(bundle: bundle)
  static let questions = bundle.questions

  static func grade(_ input: String, _ question: Question) -> GradeResult {
    grader.grade(input, for: PresentedQuestion(question))
  }

  /// The question with this id; `fasting` is a fill-in made here, since the second edition asks
  /// about fasting with choices (the first edition's fill-in is retired).
  static func question(_ id: String) throws -> Question {
    if id == "fasting" { return fastingFillIn }
    return try #require(questions.first { $0.id == id })
  }

  static let fastingFillIn = Question(
    id: "fasting", topicID: "getting-ready", sectionID: "before", kind: .shortAnswer,
    prompt: "Fill in the blank: not eating or drinking before surgery is called ____.",
    choices: [], answer: .text(accepted: ["fasting", "fast"], synonyms: []),
    explanation: "Not eating or drinking before surgery is called fasting.",
    reexplanation: "Fasting keeps your stomach empty for the sleep medicine.", hint: nil,
    isRedFlag: false, file: "questions/getting-ready.yaml", line: 1)

  static let choiceQuestions = questions.filter {
    $0.kind == .singleChoice || $0.kind == .multipleChoice
  }

  // MARK: - Choices

  @Test(arguments: choiceQuestions)
  func everyKeyIsAcceptedByLetterNumberAndWords(question: Question) {
    let right: [Int]
    switch question.answer {
    case .choice(let index): right = [index]
    case .choices(let set): right = set.sorted()
    default: return
    }
    let letters = right.map { PresentedQuestion.letter($0) }.joined(separator: " ")
    let numbers = right.map { String($0 + 1) }.joined(separator: " ")
    let words = right.map { question.choices[$0] }.joined(separator: "; ")
    for input in [letters, letters.uppercased(), numbers, words, "(\(letters))"] {
      #expect(Self.grade(input, question).isCorrect, "\(question.id): \(input)")
    }
  }

  @Test(arguments: choiceQuestions)
  func everyDistractorIsRefusedByLetterNumberAndWords(question: Question) {
    let right: Set<Int>
    switch question.answer {
    case .choice(let index): right = [index]
    case .choices(let set): right = set
    default: return
    }
    for wrong in question.choices.indices where !right.contains(wrong) {
      for input in [PresentedQuestion.letter(wrong), String(wrong + 1), question.choices[wrong]] {
        #expect(Self.grade(input, question) == .incorrect, "\(question.id): \(input)")
      }
    }
  }

  @Test(arguments: questions.filter { $0.kind == .multipleChoice })
  func allExceptTheDistractorsIsRight(question: Question) {
    guard case .choices(let right) = question.answer else { return }
    let left = question.choices.indices.filter { !right.contains($0) }
    let input =
      left.isEmpty
      ? "all of them"
      : "all except " + left.map { PresentedQuestion.letter($0) }.joined(separator: " and ")
    #expect(Self.grade(input, question).isCorrect, "\(question.id): \(input)")
    #expect(Self.grade("none", question) == .incorrect)
  }

  @Test(arguments: [
    ("port-size", "the size of a quarter"),
    ("port-size", "About the size of a quater"),
    ("port-location", "under the skin"),
    ("port-location", "i think it's just under the skin"),
    ("septum-material", "soft silicone"),
    ("septum-material", "silicone"),
    ("catheter-end", "in a vein"),
    ("flush-how-often", "once a month"),
    ("flush-how-often", "monthly"),
    ("after-visible", "nope"), ("after-visible", "no"), ("after-visible", "you will not see it"),
    ("port-size", "the second one"), ("port-size", "b please"), ("port-size", "b i think"),
    ("port-size", "option b"), ("septum-material", "like rubber"),
    ("flush-why", "all except the last"), ("flush-why", "first, second and third"),
    ("flush-why", "blood clot, blocked, clear"), ("flush-why", "everything except d"),
  ])
  func aClearParaphraseNamesItsChoice(id: String, input: String) throws {
    #expect(Self.grade(input, try Self.question(id)).isCorrect, "\(input)")
  }

  @Test(arguments: [
    ("port-size", "a grain of rice"),
    ("port-location", "on top of the skin"),
    ("catheter-end", "outside the skin"),
    ("septum-material", "glass"),
    ("after-visible", "yeah"), ("after-visible", "it sticks out"),
  ])
  func aParaphraseOfADistractorIsWrong(id: String, input: String) throws {
    #expect(Self.grade(input, try Self.question(id)) == .incorrect, "\(input)")
  }

  @Test func wordsThatFitTwoChoicesAskWhichWasMeant() throws {
    let question = try Self.question("flush-how-often")
    guard case .unreadable(.fitsSeveral(let choices)) = Self.grade("once", question) else {
      Issue.record("“once” fits every choice")
      return
    }
    #expect(choices == ["a) Once a day", "b) Once a month", "c) Once a year"])
    let skin = Self.grade("the skin", try Self.question("port-location"))
    #expect(
      skin
        == .unreadable(
          .fitsSeveral(choices: ["a) On top of the skin, like a sticker", "b) Just under the skin"])
        ))
  }

  @Test func bothNamesTwoChoices() {
    let question = Question(
      id: "q", topicID: "t", sectionID: "s", kind: .multipleChoice, prompt: "Who can get a port?",
      choices: ["Adults", "Children"], answer: .choices([0, 1]), explanation: "",
      reexplanation: "", hint: nil, isRedFlag: false, file: "", line: 1)
    #expect(Self.grade("both", question).isCorrect)
    #expect(Self.grade("adults and children", question).isCorrect)
    #expect(Self.grade("adults", question) == .incorrect)
    #expect(Self.grade("none", question) == .incorrect)
  }

  @Test(arguments: questions.filter { $0.kind == .order })
  func everyOrderIsAcceptedByLettersAndNumbersAndItsReverseRefused(question: Question) {
    guard case .order(let steps) = question.answer else { return }
    let letters = steps.map { PresentedQuestion.letter($0) }
    for input in [
      letters.joined(separator: " "), letters.joined(), letters.joined(separator: ", "),
      steps.map { String($0 + 1) }.joined(separator: " "),
      letters.joined(separator: " then "),
    ] {
      #expect(Self.grade(input, question).isCorrect, "\(question.id): \(input)")
    }
    #expect(Self.grade(letters.reversed().joined(separator: " "), question) == .incorrect)
  }

  // MARK: - I don't know

  static let notKnowing = [
    "I don't know", "i dont know", "dont know", "Don’t know.", "not sure", "I'm not sure",
    "no idea", "No idea!", "?", "??", "idk", "dunno", "no clue", "I have no idea", "not sure sorry",
    "i forgot", "um, I don't know",
  ]

  @Test(arguments: questions)
  func sayingYouDoNotKnowIsNeverAnAnswer(question: Question) {
    for input in Self.notKnowing {
      #expect(Self.grade(input, question) == .didNotKnow, "\(question.id): \(input)")
    }
  }

  @Test(arguments: ["no", "know", "idea", "sure", "not", "i know", "nose"])
  func wordsNearNotKnowingAreNotIt(input: String) throws {
    #expect(Self.grade(input, try Self.question("septum-name")) != .didNotKnow)
  }

  // MARK: - True or false

  @Test(arguments: questions.filter { $0.kind == .trueFalse })
  func truthInThePeoplesWords(question: Question) {
    guard case .truth(let value) = question.answer else { return }
    for input in ["yep", "yeah", "yes", "true", "right", "correct", "sí", "Yes!", "y"] {
      #expect(Self.grade(input, question) == (value ? .correct(acceptedAs: nil) : .incorrect))
    }
    for input in ["nope", "nah", "no", "false", "wrong", "not true", "n", "No."] {
      #expect(Self.grade(input, question) == (value ? .incorrect : .correct(acceptedAs: nil)))
    }
  }

  // MARK: - Fill-ins

  static let shortQuestions = questions.filter { $0.kind == .shortAnswer }

  @Test(arguments: shortQuestions)
  func everyAuthorsAnswerIsAcceptedAndItsNegationIsNot(question: Question) {
    guard case .text(let accepted, _) = question.answer else { return }
    for answer in accepted {
      #expect(Self.grade(answer, question).isCorrect, "\(question.id): \(answer)")
      #expect(Self.grade(answer.uppercased() + ".", question).isCorrect)
      #expect(Self.grade("not " + answer, question) == .incorrect, "\(question.id): not \(answer)")
      #expect(Self.grade("no " + answer, question) == .incorrect, "\(question.id): no \(answer)")
    }
  }

  @Test(arguments: shortQuestions)
  func noWordOfThePromptIsAnAnswer(question: Question) {
    guard case .text(let accepted, _) = question.answer else { return }
    let keys = Set(accepted.flatMap { AnswerText.words($0) })
    for word in Set(AnswerText.words(question.prompt)) where word.count > 3 && !keys.contains(word)
    {
      #expect(Self.grade(word, question) == .incorrect, "\(question.id): \(word)")
      #expect(Self.grade("the " + word, question) == .incorrect, "\(question.id): the \(word)")
    }
  }

  @Test(arguments: shortQuestions)
  func aSlipThatIsNotARealWordIsForgiven(question: Question) {
    guard case .text(let accepted, _) = question.answer, let key = accepted.first,
      key.count >= 5
    else { return }
    // Swap the last two letters: `septum` → `septmu`, unless that makes a real word.
    let slip = String(key.dropLast(2)) + String(key.suffix(2).reversed())
    guard !Self.grader.realWords.contains(slip) else { return }
    #expect(Self.grade(slip, question) == .correct(acceptedAs: key), "\(question.id): \(slip)")
  }

  @Test(arguments: [
    ("fasting", "feasting"), ("fasting", "feast"), ("fasting", "not fasting"),
    ("fasting", "breakfast"), ("call-fever-word", "never"), ("call-fever-word", "no fever"),
    ("flush-word", "not flushing"), ("flush-word", "blushing"), ("catheter-name", "cathedral"),
    ("septum-name", "sputum"),
  ])
  func aRealWordIsNeverTakenForAnother(id: String, input: String) throws {
    let question = try Self.question(id)
    #expect(Self.grade(input, question) == .incorrect, "\(question.id): \(input)")
  }

  @Test(arguments: [
    ("call-fever-word", "fevers"), ("call-fever-word", "a fevr"), ("flush-word", "flushed"),
    ("flush-word", "flushng"), ("catheter-name", "the line"), ("catheter-name", "cathetr"),
    ("septum-name", "sceptum"),
  ])
  func formsSlipsAndSynonymsStillCount(id: String, input: String) throws {
    #expect(Self.grade(input, try Self.question(id)).isCorrect, "\(input)")
  }

  @Test(arguments: [
    ("flush-word", "flush"), ("flush-word", "flushing"), ("fasting", "fast"),
    ("septum-name", "the septum"),
  ])
  func anAuthorsOwnAnswerIsNeverCorrectedToAnother(id: String, input: String) throws {
    #expect(Self.grade(input, try Self.question(id)) == .correct(acceptedAs: nil), "\(input)")
  }

  @Test(arguments: [
    ("port-size", "the last one"), ("septum-material", "silicon"), ("septum-name", "silicone"),
    ("catheter-name", "cath"),
  ])
  func closeButNotTheAnswer(id: String, input: String) throws {
    #expect(!Self.grade(input, try Self.question(id)).isCorrect, "\(input)")
  }

  @Test func fastingIsTheShippedFillIn() throws {
    let fasting = try Self.question("fasting")
    #expect(Self.grade("fasting", fasting).isCorrect)
    #expect(Self.grade("fast", fasting).isCorrect)
    #expect(Self.grade("fastng", fasting).isCorrect)
    for wrong in ["feasting", "feast", "not fasting", "no fasting", "eating"] {
      #expect(Self.grade(wrong, fasting) == .incorrect, "\(wrong)")
    }
  }
}

@Suite struct EnglishWordsTests {
  @Test(arguments: [
    "a", "fasting", "feasting", "feast", "fast", "never", "fever", "fevers", "catheter", "septum",
    "numb", "number", "zyuganov", "aa", "nope",
  ])
  func realWordsAreInTheList(word: String) {
    #expect(EnglishWords.contains(word))
  }

  @Test(arguments: [
    "", "cathetr", "fevr", "feasing", "Fever", "fever ", "caf\u{E9}", "zzzzz", "aaa a", "zyuganovs",
    "0", "portacath",
  ])
  func otherTextIsNot(word: String) {
    #expect(!EnglishWords.contains(word))
  }

  @Test func theListIsBuiltIn() {
    #expect(EnglishWords.count > 70_000)
  }
}
