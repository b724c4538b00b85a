import Markdown

/// What the shell says when it opens on a terminal: the bundle, whether progress is saved, and
/// the first commands to type.
struct Welcome {
  let context: ShellContext

  func show() {
    context.say(StyledText(context.bundle.manifest.title, role: .strong))
    if let learner = context.learner, learner.name != Launcher.defaultLearnerName {
      context.say(
        StyledText("Learning as \(learner.name). Progress is saved on this computer.", role: .quiet)
      )
    } else if context.learner != nil {
      context.say(
        StyledText("Your progress is saved on this computer, for you only.", role: .quiet))
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
