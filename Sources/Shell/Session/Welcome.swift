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
      context.say(context.accessMode == .clinic ? .welcomeSharedComputer : .welcomeOpenRecords)
    } else {
      context.say(context.words(.welcomeCannotSave).styled(.quiet))
    }
    context.say()
    context.say(.welcomeFirstCommands)
    context.say(.welcomeCallAnyTime)
    context.say(.welcomeTabAndQuit)
    context.say()
  }
}
