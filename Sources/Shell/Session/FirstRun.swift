import Curriculum
import Learning
import Markdown

/// The first run on a store with nobody in it, with a person at the terminal: asks their name
/// (unless `--learner` gave it) and their role, and adds them. Pressing Enter at the name, or
/// stopping, leaves them learning as a guest.
struct FirstRun {
  let context: ShellContext
  /// The name given with `--learner`, when there was one.
  let givenName: String?

  func ask() {
    guard let store = context.store else { return }
    let questions = LearnerQuestions(context: context)
    // Asked first, so the questions after it are in the language chosen.
    let languageQuestion = LanguageQuestion(context: context)
    let language =
      languageQuestion.canAsk ? languageQuestion.ask() ?? languageQuestion.unchosen : nil
    if let language { context.language = language }
    var chosen: (name: String, role: LearnerRole)?
    if let name = givenName ?? askName() {
      if let role = questions.askRole(of: nil) { chosen = (name, role) }
    }
    let name = chosen?.name ?? StartingLearner.guestName
    let role = chosen?.role ?? .patient
    do {
      let added = try store.learner(
        named: name, addingAs: role, pathID: context.bundle.defaultPathID(for: role)
      ).learner
      if let language { try store.setLanguage(language, learnerID: added.id) }
      var opened = try store.markUsed(learnerID: added.id, at: context.clock())
      opened.language = language ?? opened.language
      context.learner = opened
    } catch {
      context.sayNotSaved(context.string(.firstRunNotAdded), error)
      return
    }
    if chosen == nil {
      context.say(.firstRunAsGuest(guest: "\(StartingLearner.guestName)"))
    } else {
      context.say(.firstRunHello(name: StyledText(name, role: .strong)))
    }
  }

  /// Asks the name until one can be used; nil for Enter, `stop`, Ctrl-C or end of input.
  private func askName() -> String? {
    context.say(.firstRunAskName)
    while true {
      guard case .line(let line) = context.readLine(prompt: context.words(.firstRunNamePrompt))
      else { return nil }
      let name = LearnerQuestions.name(in: line)
      if name.isEmpty || ["stop", "cancel", "guest"].contains(name.lowercased()) { return nil }
      if let problem = LearnerQuestions.problem(withName: name) {
        context.say(.firstRunNameAgain(problem: context.words(problem)))
        continue
      }
      return name
    }
  }
}
