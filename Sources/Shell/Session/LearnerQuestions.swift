import Curriculum
import Learning
import Markdown

/// The questions asked about a learner before adding one — their name and their role — and the
/// rule a name follows. Shared by the first run and `learner NAME`.
struct LearnerQuestions {
  let context: ShellContext

  /// Why `name` cannot be a learner's name, or nil when it can.
  static func problem(withName name: String) -> ShellMessage? {
    guard (1...40).contains(name.count),
      name.allSatisfy({ $0.isLetter || $0.isNumber || " '\"-.".contains($0) })
    else {
      return .learnerNameRule
    }
    return nil
  }

  /// Asks the role of the person called `name`, or of the person at the keyboard when `name`
  /// is nil. Nil when they stop (`stop`, Ctrl-C, end of input).
  func askRole(of name: String?) -> LearnerRole? {
    context.say(name.map { .learnerAskRoleOf(name: "\($0)") } ?? .learnerAskRole)
    while true {
      switch context.readLine(prompt: context.words(.learnerRolePrompt)) {
      case .line(let line):
        let typed = line.trimmed
        if typed.isEmpty { continue }
        if let role = Self.role(in: typed) { return role }
        if ["stop", "cancel", "quit"].contains(typed.lowercased()) { return nil }
        context.say(.learnerRoleAgain)
      case .interrupted, .endOfInput, .terminated:
        return nil
      }
    }
  }

  /// A yes or a no to a question just asked; nil when they stop. Anything but a yes is a no.
  func askYesOrNo() -> Bool? {
    switch context.readLine(prompt: context.words(.yesOrNoPrompt)) {
    case .line(let line):
      let typed = line.trimmed.lowercased()
      if ["stop", "cancel", "quit"].contains(typed) { return nil }
      return ["yes", "y", "yeah", "yep", "yes please", "ok", "sure", "sí", "si", "claro"]
        .contains(typed)
    case .interrupted, .endOfInput, .terminated:
      return nil
    }
  }

  /// The role in an answer as people give it: `parent`, `a parent`, `I'm the patient`,
  /// `parent or caregiver`. Nil when the words name no role, or more than one (`not the
  /// patient, the parent`), so the question is asked again.
  static func role(in typed: String) -> LearnerRole? {
    if let role = LearnerRole(typed: typed) { return role }
    let words = typed.lowercased().split { !$0.isLetter }.map(String.init)
    let roles = Set(words.compactMap { LearnerRole(typed: $0) })
    return roles.count == 1 ? roles.first : nil
  }

  /// The name in an answer to "What name should I use for you?": `Maria`, `I'm Maria`,
  /// `my name is Maria`, `call me Maria`, `me llamo María`, `soy María`.
  static func name(in typed: String) -> String {
    var name = typed.trimmed
    for lead in [
      "my name is ", "call me ", "i'm ", "i am ", "it's ", "it is ",
      "me llamo ", "mi nombre es ", "soy ",
    ]
    where name.lowercased().hasPrefix(lead) && name.count > lead.count {
      name = String(name.dropFirst(lead.count)).trimmed
      break
    }
    while name.hasSuffix(".") || name.hasSuffix("!") { name.removeLast() }
    return name
  }
}
