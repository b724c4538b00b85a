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
    context.say(
      StyledText(
        "After a wrong PIN or passphrase, the next try waits a little. Please wait "
          + "\(seconds) second\(seconds == 1 ? "" : "s")…", role: .quiet))
    context.sleep(seconds)
  }

  /// Goes ahead at home, or in clinic mode once the educator's passphrase is given (asked for
  /// now when it has not been). `what` names what needs it: "Starting a teaching session".
  func requireEducator(for what: String) throws {
    guard !educatorIsHere else { return }
    let store = try context.requireStore()
    try waitBeforeTrying(store)
    guard
      let secret = askSecret(
        "\(what) needs the educator passphrase. Type it (it is not shown as you type):",
        prompt: "passphrase: ")
    else { throw ShellError("Nothing was done: no passphrase was typed.") }
    guard try store.checkPassphrase(secret, at: context.clock()) else {
      throw ShellError(
        "That is not the educator passphrase, so nothing was done. Ask the educator to type it.")
    }
    context.educatorPresent = true
  }

  /// Asks for the PIN of the learner at hand (or the educator's passphrase) to open `name`'s
  /// records. What it says does not depend on whether `name` is anyone's.
  func unlock(_ name: String, store: LearnerStore) throws -> SecretCheck? {
    try waitBeforeTrying(store)
    let question: StyledText =
      isClinic
      ? "To open the records for \(name), type that person's PIN or the educator passphrase. "
        + "It is not shown as you type."
      : "\(name)'s records are locked with a PIN. Type it (it is not shown as you type):"
    guard let secret = askSecret(question, prompt: "PIN: ") else { return nil }
    let result = try store.checkSecret(secret, forLearnerNamed: name, at: context.clock())
    if result == .educatorPassphrase { context.educatorPresent = true }
    return result
  }
}
