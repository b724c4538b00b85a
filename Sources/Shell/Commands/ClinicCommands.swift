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
      context.say(mode == .clinic ? .clinicIsOn : .clinicIsOff)
    case "on": try turnOn(store, mode: mode)
    case "off": try turnOff(store, mode: mode)
    default:
      throw ShellError(context.string(.clinicHowToUse))
    }
  }

  private func turnOn(_ store: LearnerStore, mode: AccessMode) throws {
    guard mode == .home else {
      context.say(.clinicAlreadyOn)
      return
    }
    let gate = AccessGate(context: context)
    guard
      let passphrase = gate.askSecret(
        context.words(.clinicChoosePassphrase(shortest: "\(Self.shortestPassphrase)")),
        prompt: context.words(.gatePassphrasePrompt))
    else {
      context.say(.clinicStillOff)
      return
    }
    guard passphrase.count >= Self.shortestPassphrase else {
      throw ShellError(
        context.string(.clinicPassphraseTooShort(shortest: "\(Self.shortestPassphrase)")))
    }
    guard
      gate.askSecret(context.words(.pinOnceMore), prompt: context.words(.pinAgainPrompt))
        == passphrase
    else {
      throw ShellError(context.string(.clinicDidNotMatch))
    }
    try store.turnOnClinicMode(passphrase: passphrase, at: context.clock())
    context.educatorPresent = true
    context.say(.clinicTurnedOn)
  }

  private func turnOff(_ store: LearnerStore, mode: AccessMode) throws {
    guard mode == .clinic else {
      context.say(.clinicNotOn)
      return
    }
    let gate = AccessGate(context: context)
    try gate.waitBeforeTrying(store)
    guard
      let passphrase = gate.askSecret(
        context.words(.clinicTypeToTurnOff), prompt: context.words(.gatePassphrasePrompt))
    else {
      context.say(.clinicStaysOn)
      return
    }
    guard try store.checkPassphrase(passphrase, at: context.clock()) else {
      throw ShellError(context.string(.clinicWrongPassphrase))
    }
    try store.turnOffClinicMode(at: context.clock())
    context.educatorPresent = false
    context.say(.clinicTurnedOff)
  }
}
