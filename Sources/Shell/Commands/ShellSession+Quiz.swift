import Curriculum
import Foundation
import Learning
import Markdown

extension ShellSession {
  /// Runs a quiz to its end (or until the learner stops), recording every answer as it is given.
  /// In a teaching session with several learners, each gets the questions in turn.
  func runQuiz(_ request: QuizRequest) {
    let answering = teaching?.learners ?? learner.map { [$0] } ?? []
    var quizzes: [(learner: Learner?, quiz: QuizSession)] = []
    for person in answering.isEmpty ? [nil] : answering.map(Optional.some) {
      let questions: [Question]
      do throws(LearningError) {
        questions = try request.scope.questions(
          in: bundle, memory: loadMemory(of: person), now: clock())
      } catch {
        say(TextSanitizer.sanitize(error.words))
        return
      }
      let quiz = QuizSession(
        questions: questions, grader: AnswerGrader(manifest: bundle.manifest), seed: makeSeed())
      if !quiz.isFinished { quizzes.append((person, quiz)) }
    }
    guard let first = quizzes.first else {
      if case .due = request.scope {
        say("Nothing is due for review right now. Well done. Type `progress` to see where you are.")
      } else {
        say("There are no questions for \(request.title) yet.")
      }
      return
    }

    let group = quizzes.count > 1
    let count = first.quiz.questions.count
    say(styler.bold("Quiz: \(request.title)"))
    say(
      "\(count) question\(count == 1 ? "" : "s")"
        + (group ? " for each of \(names(quizzes.compactMap(\.learner))), in turn. " : ". ")
        + "Type your answer, or `hint`, `skip`, `reread` or `stop`.")
    var stopped = false
    while !stopped && quizzes.contains(where: { !$0.quiz.isFinished }) {
      for index in quizzes.indices where !quizzes[index].quiz.isFinished && !stopped {
        let person = group ? quizzes[index].learner : nil
        if !ask(
          &quizzes[index].quiz, answering: person ?? quizzes[index].learner, named: person?.name)
        {
          stopped = true
        }
      }
    }
    for index in quizzes.indices {
      quizzes[index].quiz.stop()
      showSummary(quizzes[index].quiz.summary, for: group ? quizzes[index].learner?.name : nil)
    }
  }

  /// Shows the current question and handles lines until it is answered or skipped.
  /// Returns false when the learner stops the quiz.
  private func ask(_ quiz: inout QuizSession, answering: Learner?, named name: String?) -> Bool {
    guard let presented = quiz.current, let position = quiz.position else { return false }
    if let name { say(); say(styler.bold("\(name)'s turn")) }
    showQuestion(presented, position: position)
    var shownAt = DispatchTime.now()
    while true {
      let input = reader.readLine(prompt: reader.isInteractive ? "\(name ?? "answer")> " : "")
      let line: String
      switch input {
      case .line(let text): line = TextSanitizer.sanitize(text).trimmed
      case .interrupted:
        say("Skipped. (Ctrl-C leaves the question; type `stop` to end the quiz.)")
        quiz.skip()
        return true
      case .endOfInput, .terminated:
        return false
      }
      switch line.lowercased() {
      case "":
        if reader.isInteractive {
          say(styler.dim("Type your answer, or `hint`, `skip`, `reread` or `stop`."))
        }
        continue
      case "hint", "?":
        say(styler.accent("Hint: ") + TextSanitizer.sanitize(quiz.hint().words))
        continue
      case "skip", "pass":
        say("Skipped.")
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
      let outcome = quiz.answer(line, seconds: seconds, at: clock())
      switch outcome {
      case .unreadable(let reason):
        say(reason.words)
        continue
      case .right(_, let confirmation, let acceptedAs):
        say(
          styler.success(
            (output.style.isPlain ? "" : "✓ ")
              + TextSanitizer.sanitize(confirmation.words(acceptedAs: acceptedAs))))
      case .wrong(_, let explanation, let rightAnswer, let comesBack):
        say(
          styler.warning(output.style.isPlain ? "Not quite." : "✗ Not quite.")
            + " The answer is: " + TextSanitizer.sanitize(rightAnswer.words))
        say(render(MarkdownDocument(parsing: explanation)).withoutTrailingNewlines)
        if comesBack { say(styler.dim("This question will come back later in the quiz.")) }
      }
      if let attempt = outcome.attempt { save(attempt, by: answering) }
      return true
    }
  }

  private func showQuestion(_ presented: PresentedQuestion, position: QuizSession.Position) {
    say()
    if output.style.isPlain {
      say("\(position.words).")
    } else {
      say(styler.dim(progressBar(position) + "  \(position.words)"))
    }
    let question = presented.question
    let width = output.width
    say(styler.bold(TextWrapper.wrap(TextSanitizer.sanitize(question.prompt), width: width)))
    for line in presented.choiceLines {
      say(
        TextWrapper.wrap(
          TextSanitizer.sanitize(line), width: width, firstIndent: "  ", indent: "     "))
    }
    say(styler.dim(TextWrapper.wrap(presented.instructions.words, width: width)))
  }

  private func progressBar(_ position: QuizSession.Position) -> String {
    let width = 10
    let done = min(width, max(0, (position.number - 1) * width / max(position.total, 1)))
    return String(repeating: "■", count: done) + String(repeating: "□", count: width - done)
  }

  private func showSection(checkedBy question: Question) {
    guard let topicIndex = bundle.topics.firstIndex(where: { $0.id == question.topicID }),
      let sectionIndex = bundle.topics[topicIndex].sections.firstIndex(where: {
        $0.id == question.sectionID
      })
    else {
      say("This question has no section to reread.")
      return
    }
    let section = bundle.topics[topicIndex].sections[sectionIndex]
    say()
    say(styler.bold(TextSanitizer.sanitize(section.title)))
    output.write(render(section.document).withTrailingNewline)
  }

  private func showSummary(_ summary: QuizSummary, for name: String?) {
    say()
    say(
      styler.bold("Quiz finished" + (name.map { " for \($0)" } ?? ""))
        + (summary.stoppedEarly ? " (stopped early)" : ""))
    say(summary.headline)
    let weak = summary.sections.filter { $0.missed > 0 || $0.skipped > 0 }
    if !weak.isEmpty {
      say("To go over again:")
      for result in weak {
        let title = sectionTitle(result.section) ?? result.section.description
        say("  - \(title) (`read \(result.section)`)")
      }
    }
    if summary.missed.isEmpty && summary.skipped.isEmpty && !summary.stoppedEarly {
      say("Well done. These will come back for review in a few days: type `review` then.")
    }
  }

  private func sectionTitle(_ key: SectionKey) -> String? {
    bundle.topic(id: key.topicID)?.section(id: key.sectionID).map {
      TextSanitizer.sanitize($0.title)
    }
  }
}
