import Curriculum
import Foundation
import Learning
import Markdown
import Reports

extension ShellCommand {
  static let symptoms = ShellCommand(
    name: "symptoms", aliases: ["call", "worried"],
    summary: .commandSymptomsSummary,
    usage: .commandSymptomsUsage,
    details: .commandSymptomsDetails,
    history: .keep,
    run: { shell, _ in
      _ = WhenToCallCheck(context: shell.context).run()
      return .succeeded
    })
}

/// `symptoms` (or `call`): the when-to-call check. Emergency signs come first and a yes ends
/// it at once; then every urgent sign and the catch-all are asked, and it ends on one box that
/// lists every sign answered yes, with the numbers to call. Only a clear no counts as no.
struct WhenToCallCheck {
  let context: ShellContext

  private var manifest: Manifest { context.bundle.manifest }

  /// Runs the check and says what it advised.
  func run() -> CallAdvice {
    let emergencySigns = manifest.warningSigns(in: .emergency)
    let urgentSigns = manifest.warningSigns(in: .urgent)
    let total = emergencySigns.count + urgentSigns.count + (manifest.catchAll == nil ? 0 : 1)
    guard total > 0 else {
      showBox(CheckFindings())
      return .noCallNeeded
    }
    context.say(StyledText("When to call your care team", role: .strong))
    context.say(
      "I will ask about \(total) things, one at a time. Answer yes or no. If you are not sure, "
        + "say so: that is a reason to call.")
    context.say(
      StyledText("Type `stop` to leave the check. This does not diagnose anything.", role: .quiet))
    context.say()
    var findings = CheckFindings()
    var number = 0
    for sign in emergencySigns {
      number += 1
      var answer = ask(sign, number: number, of: total)
      if answer == .unsure || isTemperature(answer) { answer = askAgain(sign) }
      switch answer {
      case .yes:
        findings.emergency.append(sign)
        return finish(findings)
      case .no: continue
      case .unsure, .temperature: findings.unclearEmergency.append(sign)
      case .stop: return leave(findings)
      }
    }
    for sign in urgentSigns {
      number += 1
      switch ask(sign, number: number, of: total) {
      case .yes: findings.urgent.append(sign)
      case .no: continue
      case .unsure: findings.unsure.append(sign)
      case .temperature(let celsius): weigh(celsius, for: sign, into: &findings)
      case .stop: return leave(findings)
      }
    }
    if let catchAll = manifest.catchAll {
      number += 1
      let question = wording(patient: catchAll.question, caregiver: catchAll.caregiverQuestion)
      switch askLine("\(number) of \(total). " + question) {
      case .no: break
      case .stop: return leave(findings)
      case .yes, .unsure, .temperature: findings.somethingElse = true
      }
    }
    if findings.advice == .noCallNeeded {
      context.say()
      context.say("You said no to every sign.")
    }
    return finish(findings)
  }

  // MARK: - Asking

  private func ask(_ sign: WarningSign, number: Int, of total: Int) -> SignAnswer {
    let question = wording(patient: sign.question, caregiver: sign.caregiverQuestion)
    return askLine("\(number) of \(total). " + question, asksAboutFever: asksAboutFever(sign))
  }

  /// An emergency sign answered unclearly is asked once more, in plainer words.
  private func askAgain(_ sign: WarningSign) -> SignAnswer {
    askLine(
      "I am not sure what you mean. Is this happening now: \(sign.label)? "
        + "Type yes or no. If you are not sure, type yes.")
  }

  private func askLine(_ question: StyledText, asksAboutFever: Bool = false) -> SignAnswer {
    context.say(question)
    while true {
      switch context.readLine(prompt: "yes or no> ") {
      case .line(let line):
        guard !line.trimmed.isEmpty else { continue }
        return SignAnswer(reading: line, asksAboutFever: asksAboutFever)
      case .interrupted, .endOfInput, .terminated:
        return .stop
      }
    }
  }

  /// The question for whoever is here: a parent's wording for parents and caregivers, the
  /// patient's for patients, both when it is not known or both are here.
  private func wording(patient: String, caregiver: String?) -> StyledText {
    guard let caregiver, caregiver != patient else { return StyledText(patient) }
    let roles = Set(context.presentLearners.map(\.role))
    if roles == [.patient] { return StyledText(patient) }
    if roles == [.caregiver] { return StyledText(caregiver) }
    return StyledText(patient) + StyledText(" (For a child: \(caregiver))", role: .quiet)
  }

  private func asksAboutFever(_ sign: WarningSign) -> Bool {
    let words = (sign.label + " " + sign.question).lowercased()
    return words.contains("fever") || words.contains("temperature")
  }

  private func isTemperature(_ answer: SignAnswer) -> Bool {
    if case .temperature = answer { return true }
    return false
  }

  /// A typed temperature against the clinic's limit; without a limit it counts as a yes.
  private func weigh(_ celsius: Double, for sign: WarningSign, into findings: inout CheckFindings) {
    let typed = Self.degrees(celsius)
    guard let limit = context.settings.feverLimitCelsius else {
      findings.urgent.append(sign)
      findings.temperatureNotes.append(
        "You typed \(typed). No temperature limit is set here, so treat it as a fever.")
      return
    }
    if celsius >= limit - 0.05 {
      findings.urgent.append(sign)
      findings.temperatureNotes.append(
        "You typed \(typed). Your care team's limit is \(Self.degrees(limit)).")
    } else {
      context.say(
        "\(typed) is below your care team's limit of \(Self.degrees(limit)). "
          + "If it reaches the limit, or you are worried, call your care team.")
    }
  }

  /// `38.5 °C (101.3 °F)`.
  private static func degrees(_ celsius: Double) -> String {
    let fahrenheit = celsius * 9 / 5 + 32
    return String(format: "%.1f °C (%.1f °F)", celsius, fahrenheit)
  }

  // MARK: - Ending

  private func leave(_ findings: CheckFindings) -> CallAdvice {
    var findings = findings
    findings.leftEarly = true
    context.say("You left the check. Type `call` to start it again.")
    return finish(findings)
  }

  private func finish(_ findings: CheckFindings) -> CallAdvice {
    showBox(findings)
    return findings.advice
  }

  /// The one call-out the check ends on, so it is the last thing on the screen.
  private func showBox(_ findings: CheckFindings) {
    var lines: [String] = []
    let title: String
    switch findings.advice {
    case .callEmergency:
      title = "Call your local emergency number now"
      lines += ["You said yes to: " + findings.emergency.map(\.label).joined(separator: "; ") + "."]
      lines += ["", manifest.tierAdvice[.emergency] ?? manifest.emergencyAdvice]
      lines += emergencyNumberLines()
    case .callCareTeam where findings.leftEarly && !hasAny(findings):
      title = "If something worries you, call"
      lines += ["The check was not finished. It is always OK to call your care team."]
    case .callCareTeam:
      title = "Call your care team now, day or night"
      let yes = findings.urgent.map(\.label) + (findings.somethingElse ? ["Something else"] : [])
      if !yes.isEmpty {
        lines += ["You said yes to:"] + yes.map { "- " + MarkdownEscaping.escape($0) } + [""]
      }
      let unsure = findings.unclearEmergency + findings.unsure
      if !unsure.isEmpty {
        lines += [
          "You were not sure about: " + unsure.map(\.label).joined(separator: "; ") + ".",
          "You do not need to be sure — calling is the right thing to do.", "",
        ]
      }
      lines += findings.temperatureNotes.flatMap { [$0, ""] }
      lines += [manifest.tierAdvice[.urgent] ?? manifest.emergencyAdvice]
      if !findings.unclearEmergency.isEmpty {
        lines +=
          [""] + [
            "**If breathing is hard, there is chest pain, or someone faints, call your emergency number now.**"
          ]
        lines += emergencyNumberLines()
      }
    case .noCallNeeded:
      title = "If something still worries you"
      lines += ["It is always OK to call your care team if you are worried."]
    }
    lines += [""] + careTeamLines()
    if findings.advice != .noCallNeeded {
      lines += ["", tellTheNurse()]
    }
    let quote = (["**\(title)**", ""] + lines).map { "> " + $0 }.joined(separator: "\n")
    context.say()
    context.say(context.content(MarkdownDocument(parsing: quote), from: .manifest))
  }

  /// What to say on the phone, worded for a parent when only parents or caregivers are here.
  private func tellTheNurse() -> String {
    if Set(context.presentLearners.map(\.role)) == [.caregiver] {
      return "**Tell the nurse** that your child has an implanted port, which signs you see and "
        + "when they started, and their temperature if you took it."
    }
    return "**Tell the nurse** that you have an implanted port, which signs you see and when they "
      + "started, and your temperature if you took it."
  }

  private func hasAny(_ findings: CheckFindings) -> Bool {
    !findings.urgent.isEmpty || !findings.unsure.isEmpty || !findings.unclearEmergency.isEmpty
      || findings.somethingElse
  }

  private func emergencyNumberLines() -> [String] {
    guard let number = context.settings.emergencyNumber else { return [] }
    return ["", "**Emergency number:** " + MarkdownEscaping.escape(number)]
  }

  private func careTeamLines() -> [String] {
    guard let contact = context.settings.careTeamContact else {
      return ["**No contact details are set up here.** " + manifest.careTeamPlaceholder]
    }
    return ["**Your care team**  "] + contact.map { MarkdownEscaping.escape($0) + "  " }
  }
}
