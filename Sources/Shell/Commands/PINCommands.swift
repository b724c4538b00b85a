import LearnerStore
import Learning
import Markdown

extension ShellCommand {
  static let pin = ShellCommand(
    name: "pin",
    summary: .commandPinSummary,
    usage: .commandPinUsage,
    details: .commandPinDetails,
    argument: .words(["set", "off"]),
    history: .forget,
    run: { shell, line in
      try PINCommands(context: shell.context).run(line.text)
      return .succeeded
    })
}

/// `pin set`, `pin off` and `learner reset-pin NAME`: a learner's own PIN.
struct PINCommands {
  let context: ShellContext

  static let shortestPIN = 4

  func run(_ arguments: String) throws {
    let store = try context.requireStore()
    let learner = try context.requireLearner()
    switch arguments.lowercased() {
    case "":
      context.say(try store.hasPIN(learnerID: learner.id) ? .pinIsSet : .pinNoneSet)
    case "set": try set(for: learner, in: store)
    case "off": try off(for: learner, in: store)
    default:
      throw ShellError(context.string(.pinHowToUse))
    }
  }

  private func set(for learner: Learner, in store: LearnerStore) throws {
    let gate = AccessGate(context: context)
    guard
      let pin = gate.askSecret(
        context.words(.pinChoose(shortest: "\(Self.shortestPIN)")),
        prompt: context.words(.pinNewPrompt))
    else {
      context.say(.pinNotSet)
      return
    }
    guard pin.count >= Self.shortestPIN else {
      throw ShellError(context.string(.pinTooShort(shortest: "\(Self.shortestPIN)")))
    }
    guard
      gate.askSecret(context.words(.pinOnceMore), prompt: context.words(.pinAgainPrompt)) == pin
    else {
      throw ShellError(context.string(.pinDidNotMatch))
    }
    try store.setPIN(pin, learnerID: learner.id, at: context.clock())
    context.say(.pinSetDone(name: "\(learner.name)"))
  }

  private func off(for learner: Learner, in store: LearnerStore) throws {
    guard try store.hasPIN(learnerID: learner.id) else {
      context.say(.pinNone)
      return
    }
    let gate = AccessGate(context: context)
    try gate.waitBeforeTrying(store)
    guard
      let typed = gate.askSecret(
        context.words(.pinTypeToRemove), prompt: context.words(.gatePINPrompt))
    else {
      context.say(.pinStays)
      return
    }
    guard try store.checkSecret(typed, forLearnerNamed: learner.name, at: context.clock()) != .wrong
    else {
      throw ShellError(context.string(.pinWrongSoItStays))
    }
    try store.removePIN(learnerID: learner.id, as: .pinRemoved, at: context.clock())
    context.say(.pinRemoved)
  }

  /// `learner reset-pin NAME`: in clinic mode with the educator's passphrase, at home after a
  /// plain warning. Either way the reset is kept as an access event.
  func reset(_ name: String, in store: LearnerStore) throws {
    guard !name.isEmpty else {
      throw ShellError(context.string(.pinResetWhose))
    }
    let gate = AccessGate(context: context)
    try gate.requireEducator(for: .gateWhatResettingAPIN)
    guard let learner = try store.learner(named: name) else {
      throw ShellError(context.string(.pinResetNoSuchLearner(name: "\(name)")))
    }
    let who = StyledText(learner.name)
    guard try store.hasPIN(learnerID: learner.id) else {
      context.say(.pinResetHasNone(name: who))
      return
    }
    if gate.isClinic {
      try store.removePIN(learnerID: learner.id, as: .pinResetByEducator, at: context.clock())
      context.say(.pinResetByEducator(name: who))
      return
    }
    context.say(context.words(.pinResetWarning(name: who)).styled(.warning))
    context.say(.pinResetConfirm)
    guard case .line(let answer) = context.readLine(prompt: context.words(.pinResetPrompt)),
      ["yes", "y", "sí", "si"].contains(answer.trimmed.lowercased())
    else {
      context.say(.pinResetStays)
      return
    }
    try store.removePIN(learnerID: learner.id, as: .pinResetAtHome, at: context.clock())
    context.say(.pinResetAtHome(name: who))
  }
}
