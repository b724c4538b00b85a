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
      context.say(
        try store.hasPIN(learnerID: learner.id)
          ? "Your records are locked with a PIN. `pin off` removes it."
          : "Your records have no PIN. `pin set` chooses one.")
    case "set": try set(for: learner, in: store)
    case "off": try off(for: learner, in: store)
    default:
      throw ShellError(
        "Type `pin set` or `pin off` alone: the PIN is asked for next, without showing it.")
    }
  }

  private func set(for learner: Learner, in store: LearnerStore) throws {
    let gate = AccessGate(context: context)
    guard
      let pin = gate.askSecret(
        "Choose a PIN of at least \(Self.shortestPIN) numbers or letters. "
          + "It is not shown as you type.", prompt: "new PIN: ")
    else {
      context.say("No PIN was set.")
      return
    }
    guard pin.count >= Self.shortestPIN else {
      throw ShellError(
        "That PIN is too short. Type `pin set` again and choose at least \(Self.shortestPIN).")
    }
    guard gate.askSecret("Type it once more.", prompt: "again: ") == pin else {
      throw ShellError("The two did not match, so no PIN was set. Type `pin set` to try again.")
    }
    try store.setPIN(pin, learnerID: learner.id, at: context.clock())
    context.say(
      "Your PIN is set. From now on, `learner \(learner.name)` asks for it before your records "
        + "open. Type `learner close` when you are done.")
  }

  private func off(for learner: Learner, in store: LearnerStore) throws {
    guard try store.hasPIN(learnerID: learner.id) else {
      context.say("Your records have no PIN.")
      return
    }
    let gate = AccessGate(context: context)
    try gate.waitBeforeTrying(store)
    guard let typed = gate.askSecret("Type your PIN to remove it.", prompt: "PIN: ") else {
      context.say("Your PIN stays.")
      return
    }
    guard try store.checkSecret(typed, forLearnerNamed: learner.name, at: context.clock()) != .wrong
    else {
      throw ShellError("That PIN did not match, so it stays.")
    }
    try store.removePIN(learnerID: learner.id, as: .pinRemoved, at: context.clock())
    context.say("Your PIN is removed. Anyone at this computer can open your records now.")
  }

  /// `learner reset-pin NAME`: in clinic mode with the educator's passphrase, at home after a
  /// plain warning. Either way the reset is kept as an access event.
  func reset(_ name: String, in store: LearnerStore) throws {
    guard !name.isEmpty else {
      throw ShellError("Whose PIN? Type `learner reset-pin` and the name.")
    }
    let gate = AccessGate(context: context)
    try gate.requireEducator(for: "Resetting a PIN")
    guard let learner = try store.learner(named: name) else {
      throw ShellError("There is no learner called \(name). `learner` lists them.")
    }
    guard try store.hasPIN(learnerID: learner.id) else {
      context.say("\(learner.name) has no PIN.")
      return
    }
    if gate.isClinic {
      try store.removePIN(learnerID: learner.id, as: .pinResetByEducator, at: context.clock())
      context.say(
        "\(learner.name)'s PIN is removed, and the record notes that the educator removed it. "
          + "\(learner.name) can choose a new one with `pin set`.")
      return
    }
    context.say(
      StyledText(
        "This removes \(learner.name)'s PIN, so anyone using this computer can open "
          + "\(learner.name)'s records. Do this only for \(learner.name), who forgot it.",
        role: .warning))
    context.say("Type yes to remove it, anything else to keep it.")
    guard case .line(let answer) = context.readLine(prompt: "remove? "),
      ["yes", "y"].contains(answer.trimmed.lowercased())
    else {
      context.say("The PIN stays.")
      return
    }
    try store.removePIN(learnerID: learner.id, as: .pinResetAtHome, at: context.clock())
    context.say(
      "\(learner.name)'s PIN is removed, and the reset is noted in the record. "
        + "Open the records with `learner \(learner.name)`, then choose a new PIN with `pin set`.")
  }
}
