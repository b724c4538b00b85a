import Curriculum
import Foundation
import Learning
import Markdown

/// Runs a quiz to its end (or until the learner stops), recording every answer as it is given.
/// In a teaching session with several learners, each gets the questions in turn, each in their
/// own order (`GroupQuizOrder`), so no one hears the answer to the question they get next.
///
/// Commit, then confirm: an answer is recorded (durably) before its verdict is shown. When a save
/// fails, that is said at once, the quiz says answers are no longer saved and stops trying
/// (another try could wait seconds on a held file), and each later answer says it was not saved.
struct QuizRunner {
  let context: ShellContext

  private var bundle: ContentBundle { context.bundle }

  func run(_ plan: QuizPlan) {
    let answering = context.presentLearners
    var quizzes: [(learner: Learner?, quiz: QuizSession)] = []
    let people = answering.isEmpty ? [nil] : answering.map(Optional.some)
    for (turn, person) in people.enumerated() {
      let questions: [Question]
      do throws(LearningError) {
        questions = GroupQuizOrder.questions(
          try plan.scope.questions(
            in: bundle, memory: context.memory(of: person), now: context.clock()),
          forTurn: turn, of: people.count)
      } catch {
        context.complain(StyledText(error.words(in: context.language)))
        return
      }
      let quiz = QuizSession(
        questions: questions, grader: AnswerGrader(bundle: bundle),
        seed: context.makeSeed())
      if !quiz.isFinished { quizzes.append((person, quiz)) }
    }
    guard let first = quizzes.first else {
      if case .due = plan.scope {
        let next = context.memory().nextReview(in: bundle.questions, after: context.clock())
        let when =
          next.map {
            " " + ReviewWords.nextReview(at: $0, now: context.clock(), in: context.language)
          } ?? ""
        context.say(.quizNothingDue(when: "\(when)"))
      } else {
        context.say(.quizNoQuestions(title: "\(plan.title)"))
      }
      return
    }

    let group = quizzes.count > 1
    let count = first.quiz.questions.count
    context.say(context.words(.quizTitle(title: "\(plan.title)")).styled(.strong))
    let names = ShellSession.listing(
      quizzes.compactMap(\.learner?.name), joinedBy: context.string(.listingAnd))
    context.say(
      context.words(
        group ? .quizIntroGroup(count: count, names: "\(names)") : .quizIntro(count: count))
        + " " + context.words(.quizHowToAnswer))
    var stopped = false
    var saving = true
    while !stopped && quizzes.contains(where: { !$0.quiz.isFinished }) {
      for index in quizzes.indices where !quizzes[index].quiz.isFinished && !stopped {
        let person = group ? quizzes[index].learner : nil
        if !ask(
          &quizzes[index].quiz, answering: person ?? quizzes[index].learner, named: person?.name,
          saving: &saving)
        {
          stopped = true
        }
      }
    }
    for index in quizzes.indices {
      quizzes[index].quiz.stop()
      showSummary(
        quizzes[index].quiz.summary, of: quizzes[index].learner, named: group)
    }
  }

  /// Shows the current question and handles lines until it is answered or skipped.
  /// Returns false when the learner stops the quiz.
  private func ask(
    _ quiz: inout QuizSession, answering: Learner?, named name: String?, saving: inout Bool
  ) -> Bool {
    guard let presented = quiz.current, let position = quiz.position else { return false }
    if let name {
      context.say()
      context.say(context.words(.quizTurn(name: "\(name)")).styled(.strong))
    }
    showQuestion(presented, position: position)
    var shownAt = DispatchTime.now()
    while true {
      let line: String
      let prompt = name.map { "\($0)> " } ?? context.words(.quizAnswerPrompt)
      switch context.readLine(prompt: prompt) {
      case .line(let text): line = text.trimmed
      case .interrupted:
        context.say(.quizSkippedByInterrupt)
        quiz.skip()
        return true
      case .endOfInput, .terminated:
        return false
      }
      switch line.lowercased() {
      case "":
        if context.reader.isInteractive {
          context.say(context.words(.quizHowToAnswer).styled(.quiet))
        }
        continue
      case "hint":
        context.say(
          context.words(.quizHint).styled(.accent)
            + StyledText(quiz.hint().words(in: context.language)))
        continue
      case "skip", "pass":
        context.say(.quizSkipped)
        quiz.skip()
        return true
      case "stop", "quit", "exit":
        return false
      case "reread", "read", "back":
        showSection(checkedBy: presented.question)
        showQuestion(presented, position: position)
        shownAt = DispatchTime.now()
        continue
      default:
        break
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - shownAt.uptimeNanoseconds) / 1e9
      let outcome = quiz.answer(line, seconds: seconds, at: context.clock())
      if case .unreadable(let reason) = outcome {
        context.say(StyledText(reason.words(in: context.language)))
        continue
      }
      if let attempt = outcome.attempt { record(attempt, by: answering, saving: &saving) }
      switch outcome {
      case .unreadable:
        break
      case .right(_, let confirmation, let acceptedAs):
        context.say(
          StyledText(
            (context.isPlain ? "" : "✓ ")
              + confirmation.words(acceptedAs: acceptedAs, in: context.language),
            role: .success))
      case .wrong(_, let explanation, let rightAnswer, let comesBack):
        context.say(
          StyledText(context.isPlain ? "" : "✗ ", role: .warning)
            + context.words(.quizNotQuite).styled(.warning) + " "
            + context.words(.quizTheAnswerIs(answer: "\(rightAnswer.words(in: context.language))")))
        context.say(context.content(MarkdownDocument(parsing: explanation), from: .questions))
        if comesBack { context.say(context.words(.quizComesBackLater).styled(.quiet)) }
      case .didNotKnow(_, let explanation, let rightAnswer, let comesBack):
        context.say(StyledText(rightAnswer.didNotKnowWords(in: context.language)))
        context.say(context.content(MarkdownDocument(parsing: explanation), from: .questions))
        if comesBack { context.say(context.words(.quizComesBackLater).styled(.quiet)) }
      }
      return true
    }
  }

  /// Records an answer before its verdict is shown, or says it is not saved.
  private func record(_ attempt: Attempt, by answering: Learner?, saving: inout Bool) {
    guard saving else {
      context.sayAnswerNotSaved()
      return
    }
    if !context.save(attempt, by: answering) {
      saving = false
      context.complain(context.words(.quizNoLongerSaved).styled(.warning))
    }
  }

  private func showQuestion(_ presented: PresentedQuestion, position: QuizSession.Position) {
    context.say()
    if context.isPlain {
      context.say("\(position.words(in: context.language)).")
    } else {
      context.say(
        StyledText(
          progressBar(position) + "  \(position.words(in: context.language))", role: .quiet))
    }
    context.say(StyledText(presented.question.prompt, role: .strong))
    for line in presented.choiceLines {
      context.say("  " + StyledText(line))
    }
    context.say(StyledText(presented.instructions.words(in: context.language), role: .quiet))
  }

  private func progressBar(_ position: QuizSession.Position) -> String {
    let width = 10
    let done = min(width, max(0, (position.number - 1) * width / max(position.total, 1)))
    return String(repeating: "■", count: done) + String(repeating: "□", count: width - done)
  }

  private func showSection(checkedBy question: Question) {
    guard let section = bundle.topic(id: question.topicID)?.section(id: question.sectionID)
    else {
      context.say(.quizNoSectionToReread)
      return
    }
    context.say()
    context.say(StyledText(section.title, role: .strong))
    context.say(context.content(section.document, from: .topics))
  }

  /// The quiz's outcome for `learner` (by name when `named`: a group's quizzes), and when its
  /// questions come back for review.
  private func showSummary(_ summary: QuizSummary, of learner: Learner?, named: Bool) {
    let name = named ? learner?.name : nil
    context.say()
    context.say(
      context.words(name.map { .quizFinishedFor(name: "\($0)") } ?? .quizFinished)
        .styled(.strong)
        + (summary.stoppedEarly ? " " + context.words(.quizStoppedEarly) : ""))
    context.say(StyledText(summary.headline(in: context.language)))
    let weak = summary.sections.filter { $0.missed > 0 || $0.notKnown > 0 || $0.skipped > 0 }
    if !weak.isEmpty {
      context.say(.quizGoOverAgain)
      for result in weak {
        let title =
          bundle.topic(id: result.section.topicID)?.section(id: result.section.sectionID)?
          .title ?? result.section.description
        context.say("  - \(title) (`read \(result.section)`)")
      }
    }
    if summary.missed.isEmpty && summary.notKnown.isEmpty && summary.skipped.isEmpty
      && !summary.stoppedEarly
    {
      let memory = context.memory(of: learner)
      let dates = (summary.rightFirstTime + summary.rightSecondTry).compactMap { id in
        bundle.questions.first { $0.id == id }.flatMap(memory.due)
      }
      if let when = ReviewWords.quizComesBack(dates, now: context.clock(), in: context.language) {
        context.say(.quizWellDoneComesBack(when: "\(when)"))
      } else {
        context.say(.quizWellDone)
      }
    }
  }
}
