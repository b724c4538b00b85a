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
    context.say(context.words(.callTitle).styled(.strong))
    context.say(.callIntro(count: total))
    context.say(context.words(.callHowToStop).styled(.quiet))
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
      switch askLine(numbered(number, of: total) + question) {
      case .no: break
      case .stop: return leave(findings)
      case .yes, .unsure, .temperature: findings.somethingElse = true
      }
    }
    if findings.advice == .noCallNeeded {
      context.say()
      context.say(.callAllNo)
    }
    return finish(findings)
  }

  // MARK: - Asking

  private func ask(_ sign: WarningSign, number: Int, of total: Int) -> SignAnswer {
    let question = wording(patient: sign.question, caregiver: sign.caregiverQuestion)
    return askLine(numbered(number, of: total) + question, asksAboutFever: asksAboutFever(sign))
  }

  /// `3 of 7. `, before a sign's question.
  private func numbered(_ number: Int, of total: Int) -> StyledText {
    context.words(.callQuestionNumber(number: "\(number)", total: "\(total)")) + " "
  }

  /// An emergency sign answered unclearly is asked once more, in plainer words.
  private func askAgain(_ sign: WarningSign) -> SignAnswer {
    askLine(context.words(.callAskAgain(sign: "\(sign.label)")))
  }

  private func askLine(_ question: StyledText, asksAboutFever: Bool = false) -> SignAnswer {
    context.say(question)
    while true {
      switch context.readLine(prompt: context.words(.yesOrNoPrompt)) {
      case .line(let line):
        guard !line.trimmed.isEmpty else { continue }
        return SignAnswer(
          reading: line, asksAboutFever: asksAboutFever, language: context.language)
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
    return StyledText(patient) + " "
      + context.words(.callForAChild(question: "\(caregiver)")).styled(.quiet)
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
      findings.temperatureNotes.append(context.string(.callNoFeverLimit(typed: "\(typed)")))
      return
    }
    if celsius >= limit - 0.05 {
      findings.urgent.append(sign)
      findings.temperatureNotes.append(
        context.string(.callAboveFeverLimit(typed: "\(typed)", limit: "\(Self.degrees(limit))")))
    } else {
      context.say(.callBelowFeverLimit(typed: "\(typed)", limit: "\(Self.degrees(limit))"))
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
    context.say(.callLeftEarly)
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
    let say = context.string
    switch findings.advice {
    case .callEmergency:
      title = say(.callBoxEmergencyTitle)
      lines += [
        say(.callBoxSaidYesTo(signs: "\(findings.emergency.map(\.label).joined(separator: "; "))"))
      ]
      lines += ["", manifest.tierAdvice[.emergency] ?? manifest.emergencyAdvice]
      lines += emergencyNumberLines()
    case .callCareTeam where findings.leftEarly && !hasAny(findings):
      title = say(.callBoxLeftEarlyTitle)
      lines += [say(.callBoxNotFinished)]
    case .callCareTeam:
      title = say(.callBoxCareTeamTitle)
      let yes =
        findings.urgent.map(\.label) + (findings.somethingElse ? [say(.callBoxSomethingElse)] : [])
      if !yes.isEmpty {
        lines +=
          [say(.callBoxSaidYesToList)] + yes.map { "- " + MarkdownEscaping.escape($0) } + [""]
      }
      let unsure = findings.unclearEmergency + findings.unsure
      if !unsure.isEmpty {
        lines += [
          say(.callBoxNotSureAbout(signs: "\(unsure.map(\.label).joined(separator: "; "))")),
          say(.callBoxNoNeedToBeSure), "",
        ]
      }
      lines += findings.temperatureNotes.flatMap { [$0, ""] }
      lines += [manifest.tierAdvice[.urgent] ?? manifest.emergencyAdvice]
      if !findings.unclearEmergency.isEmpty {
        lines += ["", "**" + say(.callBoxBreathing) + "**"]
        lines += emergencyNumberLines()
      }
    case .noCallNeeded:
      title = say(.callBoxNoCallTitle)
      lines += [say(.callBoxAlwaysOK)]
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
    let forAParent = Set(context.presentLearners.map(\.role)) == [.caregiver]
    return "**" + context.string(.callBoxTellTheNurse) + "** "
      + context.string(forAParent ? .callBoxTellTheNurseAboutAChild : .callBoxTellTheNurseAboutYou)
  }

  private func hasAny(_ findings: CheckFindings) -> Bool {
    !findings.urgent.isEmpty || !findings.unsure.isEmpty || !findings.unclearEmergency.isEmpty
      || findings.somethingElse
  }

  private func emergencyNumberLines() -> [String] {
    guard let number = context.settings.emergencyNumber else { return [] }
    return [
      "", "**" + context.string(.callBoxEmergencyNumber) + "** " + MarkdownEscaping.escape(number),
    ]
  }

  private func careTeamLines() -> [String] {
    guard let contact = context.settings.careTeamContact(in: context.language) else {
      return ["**" + context.string(.callBoxNoContact) + "** " + manifest.careTeamPlaceholder]
    }
    return ["**" + context.string(.callBoxYourCareTeam) + "**  "]
      + contact.map { MarkdownEscaping.escape($0) + "  " }
  }
}
