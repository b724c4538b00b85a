import LearnerStore
import Markdown

/// Asks for PINs and the educator's passphrase, and waits after wrong ones.
///
/// At home there is no educator: what clinic mode keeps for the educator is open to anyone.
/// In clinic mode the passphrase, once given, lasts until a learner is opened or the turn ends
/// (`learner close`), so a patient handed the keyboard cannot use it.
struct AccessGate {
  let context: ShellContext

  var isClinic: Bool { context.accessMode == .clinic }

  /// Whether what clinic mode keeps for the educator may go ahead now.
  var educatorIsHere: Bool { !isClinic || context.educatorPresent }

  /// Asks `question` and reads the answer without showing it; nil when nothing was typed.
  func askSecret(_ question: StyledText, prompt: StyledText) -> String? {
    context.say(question)
    return context.readSecret(prompt: prompt)
  }

  /// After wrong entries in a row, waits before the next try (1, 2, 4 … 30 seconds; the count
  /// is kept in the store).
  func waitBeforeTrying(_ store: LearnerStore) throws {
    let seconds = try store.secondsBeforeNextTry(at: context.clock())
    guard seconds > 0 else { return }
    context.say(context.words(.gateWait(count: seconds)).styled(.quiet))
    context.sleep(seconds)
  }

  /// Goes ahead at home, or in clinic mode once the educator's passphrase is given (asked for
  /// now when it has not been). `what` names what needs it: "Starting a teaching session".
  func requireEducator(for what: ShellMessage) throws {
    guard !educatorIsHere else { return }
    let store = try context.requireStore()
    try waitBeforeTrying(store)
    guard
      let secret = askSecret(
        context.words(.gateNeedsPassphrase(what: context.words(what))),
        prompt: context.words(.gatePassphrasePrompt))
    else { throw ShellError(context.string(.gateNoPassphrase)) }
    guard try store.checkPassphrase(secret, at: context.clock()) else {
      throw ShellError(context.string(.gateWrongPassphrase))
    }
    context.educatorPresent = true
  }

  /// Asks for the PIN of the learner at hand (or the educator's passphrase) to open `name`'s
  /// records. What it says does not depend on whether `name` is anyone's.
  func unlock(_ name: String, store: LearnerStore) throws -> SecretCheck? {
    try waitBeforeTrying(store)
    let question = context.words(
      isClinic ? .gateOpenInClinic(name: "\(name)") : .gateOpenWithPIN(name: "\(name)"))
    guard let secret = askSecret(question, prompt: context.words(.gatePINPrompt)) else {
      return nil
    }
    let result = try store.checkSecret(secret, forLearnerNamed: name, at: context.clock())
    if result == .educatorPassphrase { context.educatorPresent = true }
    return result
  }
}
