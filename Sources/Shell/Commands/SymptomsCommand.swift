import Curriculum
import Markdown
import Reports

extension ShellCommand {
  static let symptoms = ShellCommand(
    name: "symptoms", aliases: ["call", "worried"],
    summary: "Check the signs that mean you should call your care team",
    usage: "symptoms",
    details: """
      Asks about each warning sign, one at a time; answer yes or no.
      If any answer is yes, it tells you to call and shows your care team's contact.
      It never diagnoses. If you feel very unwell, call your care team or emergency services now.
      """,
    history: .keep,
    run: { shell, _ in
      WhenToCallCheck(context: shell.context).run()
      return .succeeded
    })
}

/// `symptoms` (or `call`): the when-to-call check, one warning sign at a time.
struct WhenToCallCheck {
  let context: ShellContext

  /// Asks each warning sign as a yes/no question; a yes stops the questions and shows the
  /// call-out at once, so it is the last thing on the screen.
  func run() {
    let signs = context.bundle.manifest.warningSigns
    guard !signs.isEmpty else {
      showCallOut(title: "When to call your care team", signsPresent: [])
      return
    }
    context.say(StyledText("When to call your care team", role: .strong))
    context.say("I will ask about \(signs.count) signs, one at a time. Answer yes or no.")
    context.say(
      StyledText("Type `stop` to leave the check. This does not diagnose anything.", role: .quiet))
    context.say()
    for (index, sign) in signs.enumerated() {
      switch askYesNo("\(index + 1) of \(signs.count). \(sign.question)") {
      case .yes:
        showCallOut(title: "Call your care team now", signsPresent: [sign])
        return
      case .no:
        continue
      case .stopped:
        context.say("You left the check. Type `call` to start it again.")
        return
      }
    }
    context.say()
    context.say("You said no to every sign.")
    showCallOut(title: "If something still worries you", signsPresent: [])
  }

  private enum YesNo { case yes, no, stopped }

  private func askYesNo(_ question: StyledText) -> YesNo {
    context.say(question)
    while true {
      switch context.readLine(prompt: "yes or no> ") {
      case .line(let line):
        switch line.trimmed.lowercased() {
        case "y", "yes", "yeah", "yep", "ya", "si", "sí": return .yes
        case "n", "no", "nope", "nah": return .no
        case "stop", "quit", "exit", "q": return .stopped
        case "": continue
        default: context.say("Please answer yes or no (or `stop` to leave).")
        }
      case .interrupted, .endOfInput, .terminated:
        return .stopped
      }
    }
  }

  /// The call-out: which sign, the bundle's advice, and the care team's contact (or plainly
  /// that none is set, and where to find it).
  private func showCallOut(title: String, signsPresent: [WarningSign]) {
    var lines: [String] = []
    if let sign = signsPresent.first {
      lines.append("You said yes to: \(sign.label).")
      lines.append("")
    }
    let advice =
      signsPresent.isEmpty
      ? "It is always OK to call your care team if you are worried."
      : context.bundle.manifest.emergencyAdvice
    lines.append(advice)
    lines.append("")
    if let contact = context.settings.careTeamContact {
      lines.append("**Your care team**")
      lines.append(contentsOf: contact.map { MarkdownEscaping.escape($0) + "  " })
    } else {
      lines.append(
        "**No contact details are set up here.** " + context.bundle.manifest.careTeamPlaceholder)
    }
    let quote = (["**\(title)**", ""] + lines).map { "> " + $0 }.joined(separator: "\n")
    context.say()
    context.say(StyledText(MarkdownDocument(parsing: quote)))
  }
}
