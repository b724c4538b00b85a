import Foundation
import LearnerStore
import Learning
import Markdown

/// Asks an educator for a patient's identity for the chart: the medical record number, who
/// issued it, and the date of birth. Enter skips a part (or, when correcting, keeps it); an
/// unclear answer is asked again, never lost.
struct IdentityQuestions {
  let context: ShellContext

  /// The identity typed for `learner`, entered by `educator`; nil when nothing was typed (or
  /// nothing changed from `current`), or the educator stopped.
  func ask(
    for learner: Learner, current: PatientIdentity?, educator: String, store: LearnerStore
  ) -> PatientIdentity? {
    let keep = current != nil
    func suffix(_ value: String?) -> String {
      value.map { " (Enter keeps \($0))" } ?? (keep ? " (Enter leaves it out)" : " (Enter to skip)")
    }
    guard
      let mrn = askUntilRead(
        "\(learner.name)'s medical record number (MRN)\(suffix(current?.mrn)):",
        kept: current?.mrn, read: IdentityEntry.mrn)
    else { return nil }
    var system = current?.mrnSystem
    if mrn != nil {
      let offered = current?.mrnSystem ?? (try? store.lastMRNSystem()) ?? nil
      let question =
        "Who issued it? A hospital's name or its system, like urn:oid:1.2.3"
        + (offered.map { " (Enter for \($0))" } ?? " (Enter to skip)") + ":"
      guard let typed = context.ask(StyledText(question)) else { return nil }
      system = typed.isEmpty ? offered : String(typed.prefix(120))
    }
    let today = context.clock()
    guard
      let birthDate = askUntilRead(
        "\(learner.name)'s date of birth, like 1961-04-12\(suffix(current?.birthDate)):",
        kept: current?.birthDate, read: { IdentityEntry.birthDate($0, today: today) })
    else { return nil }
    let typed = PatientIdentity(
      mrn: mrn, mrnSystem: mrn == nil ? nil : system, birthDate: birthDate, enteredBy: educator,
      enteredAt: context.clock())
    if typed.isEmpty && current == nil { return nil }
    if let current, current.mrn == typed.mrn, current.mrnSystem == typed.mrnSystem,
      current.birthDate == typed.birthDate
    {
      return nil
    }
    return typed
  }

  /// `MRN 12345 (Mercy Hospital), born 1961-04-12`, leaving out what was not entered.
  static func describe(_ identity: PatientIdentity) -> String {
    var parts: [String] = []
    if let mrn = identity.mrn {
      parts.append("MRN \(mrn)" + (identity.mrnSystem.map { " (\($0))" } ?? ""))
    }
    if let birthDate = identity.birthDate { parts.append("born \(birthDate)") }
    return parts.isEmpty ? "nothing entered" : parts.joined(separator: ", ")
  }

  /// Asks `question` until the answer reads (`read`) or is empty (then `kept`). The outer nil
  /// means the educator stopped.
  private func askUntilRead(
    _ question: String, kept: String?,
    read: (String) -> Result<String, IdentityEntry.Problem>
  ) -> String?? {
    var question = question
    while let typed = context.ask(StyledText(question)) {
      if typed.isEmpty { return .some(kept) }
      switch read(typed) {
      case .success(let value): return .some(value)
      case .failure(let problem): question = problem.words
      }
    }
    return nil
  }
}
