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
        context.complain(StyledText(error.words))
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
        context.say(
          StyledText(
            "Nothing is due for review right now. Well done.\(when) "
              + "Type `progress` to see where you are."))
      } else {
        context.say("There are no questions for \(plan.title) yet.")
      }
      return
    }

    let group = quizzes.count > 1
    let count = first.quiz.questions.count
    context.say(StyledText("Quiz: \(plan.title)", role: .strong))
    let names = ShellSession.listing(quizzes.compactMap(\.learner?.name), joinedBy: "and")
    context.say(
      "\(count) question\(count == 1 ? "" : "s")"
        + (group ? " for each of \(names), in turn. " : ". ")
        + "Type your answer, or `hint`, `skip`, `reread` or `stop`.")
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
      context.say(StyledText("\(Learner.possessive(of: name)) turn", role: .strong))
    }
    showQuestion(presented, position: position)
    var shownAt = DispatchTime.now()
    while true {
      let line: String
      switch context.readLine(prompt: "\(name ?? "answer")> ") {
      case .line(let text): line = text.trimmed
      case .interrupted:
        context.say("Skipped. (Ctrl-C leaves the question; type `stop` to end the quiz.)")
        quiz.skip()
        return true
      case .endOfInput, .terminated:
        return false
      }
      switch line.lowercased() {
      case "":
        if context.reader.isInteractive {
          context.say(
            StyledText("Type your answer, or `hint`, `skip`, `reread` or `stop`.", role: .quiet))
        }
        continue
      case "hint":
        context.say(StyledText("Hint: ", role: .accent) + StyledText(quiz.hint().words))
        continue
      case "skip", "pass":
        context.say("Skipped.")
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
        context.say(StyledText(reason.words))
        continue
      }
      if let attempt = outcome.attempt { record(attempt, by: answering, saving: &saving) }
      switch outcome {
      case .unreadable:
        break
      case .right(_, let confirmation, let acceptedAs):
        context.say(
          StyledText(
            (context.isPlain ? "" : "✓ ") + confirmation.words(acceptedAs: acceptedAs),
            role: .success))
      case .wrong(_, let explanation, let rightAnswer, let comesBack):
        context.say(
          StyledText(context.isPlain ? "Not quite." : "✗ Not quite.", role: .warning)
            + " The answer is: \(rightAnswer.words)")
        context.say(context.content(MarkdownDocument(parsing: explanation), from: .questions))
        if comesBack {
          context.say(
            StyledText("This question will come back later in the quiz.", role: .quiet))
        }
      case .didNotKnow(_, let explanation, let rightAnswer, let comesBack):
        context.say(StyledText(rightAnswer.didNotKnowWords))
        context.say(context.content(MarkdownDocument(parsing: explanation), from: .questions))
        if comesBack {
          context.say(
            StyledText("This question will come back later in the quiz.", role: .quiet))
        }
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
      context.complain(
        StyledText(
          "The quiz goes on, but your answers are no longer saved.", role: .warning))
    }
  }

  private func showQuestion(_ presented: PresentedQuestion, position: QuizSession.Position) {
    context.say()
    if context.isPlain {
      context.say("\(position.words).")
    } else {
      context.say(StyledText(progressBar(position) + "  \(position.words)", role: .quiet))
    }
    context.say(StyledText(presented.question.prompt, role: .strong))
    for line in presented.choiceLines {
      context.say("  " + StyledText(line))
    }
    context.say(StyledText(presented.instructions.words, role: .quiet))
  }

  private func progressBar(_ position: QuizSession.Position) -> String {
    let width = 10
    let done = min(width, max(0, (position.number - 1) * width / max(position.total, 1)))
    return String(repeating: "■", count: done) + String(repeating: "□", count: width - done)
  }

  private func showSection(checkedBy question: Question) {
    guard let section = bundle.topic(id: question.topicID)?.section(id: question.sectionID)
    else {
      context.say("This question has no section to reread.")
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
      StyledText("Quiz finished" + (name.map { " for \($0)" } ?? ""), role: .strong)
        + (summary.stoppedEarly ? " (stopped early)" : ""))
    context.say(StyledText(summary.headline))
    let weak = summary.sections.filter { $0.missed > 0 || $0.notKnown > 0 || $0.skipped > 0 }
    if !weak.isEmpty {
      context.say("To go over again:")
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
        context.say("Well done. \(when) Type `review` then.")
      } else {
        context.say("Well done.")
      }
    }
  }
}
