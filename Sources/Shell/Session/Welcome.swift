import Markdown

/// What the shell says when it opens on a terminal: the bundle, who is learning (asking on the
/// first run) with the welcome-back summary, whether progress is saved, and the first commands
/// to type.
struct Welcome {
  let context: ShellContext
  /// Set when nobody is learning yet: who is learning is asked first.
  let firstRun: FirstRun?

  func show() {
    context.say(StyledText(context.bundle.manifest.title, role: .strong))
    if let firstRun {
      firstRun.ask()
      WelcomeBack(context: context).show(greeted: true)
    } else if context.learner != nil {
      WelcomeBack(context: context).show()
    } else if context.store != nil {
      context.say(
        context.accessMode == .clinic
          ? "This computer is shared, so each person's records are private. "
            + "Type `learner` and your name to open yours."
          : "Type `learner` and your name to open your records.")
    } else {
      context.say(
        StyledText(
          "Your progress cannot be saved this time, but you can read everything.", role: .quiet))
    }
    context.say()
    context.say("Type `topics` to see what you can read, or `help` for all commands.")
    context.say("Worried about a symptom? Type `call` at any time.")
    context.say("Press Tab to complete a word. Type `quit` or press Ctrl-D to leave.")
    context.say()
  }
}
