import LearnerStore
import Markdown

extension ShellCommand {
  static let clinic = ShellCommand(
    name: "clinic",
    summary: .commandClinicSummary,
    usage: .commandClinicUsage,
    details: .commandClinicDetails,
    argument: .words(["on", "off"]),
    history: .forget,
    run: { shell, line in
      try ClinicCommands(context: shell.context).run(line.text)
      return .succeeded
    })
}

/// `clinic on` and `clinic off`: the store's mode, guarded by the educator's passphrase.
struct ClinicCommands {
  let context: ShellContext

  static let shortestPassphrase = 8

  func run(_ arguments: String) throws {
    let store = try context.requireStore()
    let mode = try store.accessMode()
    switch arguments.lowercased() {
    case "":
      context.say(
        mode == .clinic
          ? "Clinic mode is on: each person's records open only with their PIN or the "
            + "educator passphrase. `clinic off` turns it off."
          : "Clinic mode is off: this computer is used as at home. `clinic on` turns it on.")
    case "on": try turnOn(store, mode: mode)
    case "off": try turnOff(store, mode: mode)
    default:
      throw ShellError(
        "Type `clinic on` or `clinic off` alone: the passphrase is asked for next, without "
          + "showing it.")
    }
  }

  private func turnOn(_ store: LearnerStore, mode: AccessMode) throws {
    guard mode == .home else {
      context.say("Clinic mode is already on.")
      return
    }
    let gate = AccessGate(context: context)
    guard
      let passphrase = gate.askSecret(
        "Choose the educator passphrase: \(Self.shortestPassphrase) characters or more, a few "
          + "words you will remember. It is not shown as you type, and it cannot be recovered, "
          + "so keep it somewhere safe.", prompt: "passphrase: ")
    else {
      context.say("Clinic mode is still off.")
      return
    }
    guard passphrase.count >= Self.shortestPassphrase else {
      throw ShellError(
        "That passphrase is too short, so clinic mode is still off. Type `clinic on` and "
          + "choose \(Self.shortestPassphrase) characters or more.")
    }
    guard gate.askSecret("Type it once more.", prompt: "again: ") == passphrase else {
      throw ShellError(
        "The two did not match, so clinic mode is still off. Type `clinic on` to try again.")
    }
    try store.turnOnClinicMode(passphrase: passphrase, at: context.clock())
    context.educatorPresent = true
    context.say(
      "Clinic mode is on. From now on Teachback starts with no one's records open and shows "
        + "no names until a PIN or the educator passphrase is typed. When a person's turn is "
        + "over, type `learner close`.")
  }

  private func turnOff(_ store: LearnerStore, mode: AccessMode) throws {
    guard mode == .clinic else {
      context.say("Clinic mode is not on.")
      return
    }
    let gate = AccessGate(context: context)
    try gate.waitBeforeTrying(store)
    guard
      let passphrase = gate.askSecret(
        "Type the educator passphrase to turn clinic mode off (it is not shown as you type):",
        prompt: "passphrase: ")
    else {
      context.say("Clinic mode stays on.")
      return
    }
    guard try store.checkPassphrase(passphrase, at: context.clock()) else {
      throw ShellError("That is not the educator passphrase, so clinic mode stays on.")
    }
    try store.turnOffClinicMode(at: context.clock())
    context.educatorPresent = false
    context.say(
      "Clinic mode is off: Teachback resumes the learner used last again, and lists everyone "
        + "with `learner`. PINs that were set stay.")
  }
}
