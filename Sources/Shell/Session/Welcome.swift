import Markdown

/// What the shell says when it opens on a terminal: the bundle, who is learning (asking on the
/// first run), whether progress is saved, and the first commands to type.
struct Welcome {
  let context: ShellContext
  /// Set when nobody is learning yet: who is learning is asked first.
  let firstRun: FirstRun?

  func show() {
    context.say(StyledText(context.bundle.manifest.title, role: .strong))
    if let firstRun {
      firstRun.ask()
    } else if let learner = context.learner {
      if learner.isGuest {
        context.say(
          StyledText(
            "You are learning as \(learner.name): your progress is saved on this computer. "
              + "To use your own name, type `learner rename` and your name.", role: .quiet))
      } else {
        context.say(
          StyledText(
            "Learning as \(learner.name). Progress is saved on this computer.", role: .quiet))
      }
    } else {
      context.say(
        StyledText(
          "Your progress cannot be saved this time, but you can read everything.", role: .quiet))
    }
    context.say(
      "Type `topics` to see what you can read, `read 1` to start, or `help` for all commands.")
    context.say("Worried about a symptom? Type `call` at any time.")
    context.say("Press Tab to complete a word. Type `quit` or press Ctrl-D to leave.")
    context.say()
  }
}
