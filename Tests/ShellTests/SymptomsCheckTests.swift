import Testing

@testable import Shell

@Suite struct SymptomsCheckTests {
  @Test func anEmergencyYesEndsAtOnceOnTheEmergencyNumber() {
    var settings = LocalSettings()
    settings["contact.emergency"] = "911"
    let (transcript, status) = runShell(["call", "yes", "topics"], settings: settings)
    #expect(status == 0)
    #expect(transcript.contains("Call your local emergency number now"))
    #expect(transcript.contains("You said yes to: Shortness of breath."))
    #expect(transcript.contains("Emergency number: 911"))
    #expect(!transcript.contains("Do you have a fever?"))
    #expect(transcript.contains("No contact details are set up here."))
  }

  @Test func emergencySignsAreAskedFirst() {
    let (transcript, _) = runShell(["call", "no", "no"])
    let breath = transcript.range(of: "Are you short of breath?")
    let fever = transcript.range(of: "Do you have a fever?")
    #expect(breath != nil && fever != nil && breath!.lowerBound < fever!.lowerBound)
  }

  @Test func theConfiguredContactIsShown() {
    var settings = LocalSettings()
    settings["contact.name"] = "Oncology nurse line"
    settings["contact.phone"] = "555-0100"
    let (transcript, _) = runShell(["symptoms", "no", "y"], settings: settings)
    #expect(transcript.contains("Call your care team now, day or night"))
    #expect(transcript.contains("Oncology nurse line"))
    #expect(transcript.contains("Phone: 555-0100"))
    #expect(!transcript.contains("No contact details"))
  }

  @Test func allNoStillSaysItIsOKToCall() {
    let (transcript, _) = runShell(["call", "no", "n"])
    #expect(transcript.contains("You said no to every sign."))
    #expect(transcript.contains("It is always OK to call your care team"))
  }

  @Test func anUnsureAnswerIsAReasonToCall() {
    let (transcript, _) = runShell(["call", "no", "not sure"])
    #expect(transcript.contains("You were not sure about: A fever."))
    #expect(transcript.contains("You do not need to be sure"))
  }

  @Test func anUnclearEmergencyAnswerIsAskedAgainThenShowsTheEmergencyNumberToo() {
    var settings = LocalSettings()
    settings["contact.emergency"] = "112"
    let (transcript, _) = runShell(["call", "maybe", "what", "no"], settings: settings)
    #expect(transcript.contains("I am not sure what you mean."))
    #expect(transcript.contains("Do you have a fever?"))
    #expect(transcript.contains("Emergency number: 112"))
  }

  @Test func stoppingBeforeTheEndStillShowsABox() {
    let (transcript, _) = runShell(["call", "stop"])
    #expect(transcript.contains("You left the check."))
    #expect(transcript.contains("The check was not finished"))
  }

  @Test(arguments: [
    ("no", SignAnswer.no), ("No.", .no), ("nope", .no), ("nah", .no), ("noo", .no),
    ("nop", .no), ("not at all", .no), ("none", .no), ("yes", .yes), ("Yes.", .yes),
    ("yep", .yes), ("sí", .yes), ("yes i think so", .yes), ("not sure", .unsure),
    ("dont know", .unsure), ("maybe", .unsure), ("a little", .unsure), ("not", .unsure),
    ("yes but not now", .unsure), ("stop", .stop),
  ])
  func onlyAClearNoIsANo(typed: String, expected: SignAnswer) {
    #expect(SignAnswer(reading: typed) == expected, "\(typed)")
  }

  @Test(arguments: [
    ("38.5", 38.5), ("he has a temperature of 38,5", 38.5), ("101 F", 38.33),
    ("100.4°F", 38.0), ("37 C", 37.0),
  ])
  func typedTemperaturesAreRead(typed: String, celsius: Double) throws {
    guard case .temperature(let read) = SignAnswer(reading: typed, asksAboutFever: true) else {
      Issue.record("\(typed) was not read as a temperature")
      return
    }
    #expect(abs(read - celsius) < 0.05, "\(typed)")
  }

  @Test func settingsMarkupIsShownAsWritten() {
    var settings = LocalSettings()
    settings["contact.name"] = "**Ward 5** [link](javascript:x)"
    let (transcript, _) = runShell(["call", "yes"], settings: settings)
    #expect(transcript.contains("**Ward 5**") || transcript.contains("\\*\\*Ward 5"))
  }

  @Test func theFHIRQuestionnaireBaseMustBeAnAddress() {
    #expect(
      (try? LocalSettings.validate(
        key: "fhir.questionnaire-base", value: "https://fhir.example.org/Questionnaire/")) != nil)
    #expect(
      (try? LocalSettings.validate(key: "fhir.questionnaire-base", value: "urn:oid:1.2.3:"))
        != nil)
    for bad in ["fhir.example.org", "https://fhir example.org/", "javascript:x", ""] {
      #expect(throws: SettingsError.self) {
        try LocalSettings.validate(key: "fhir.questionnaire-base", value: bad)
      }
    }
    var settings = LocalSettings()
    #expect(settings.fhirQuestionnaireBase == "urn:teachback:questionnaire:")
    settings["fhir.questionnaire-base"] = "https://fhir.example.org/Questionnaire/"
    #expect(settings.fhirQuestionnaireBase == "https://fhir.example.org/Questionnaire/")
  }

  @Test func unknownSettingKeysGetADidYouMean() {
    #expect(throws: SettingsError.self) { try LocalSettings.validate(key: "contact.phon") }
    #expect((try? LocalSettings.validate(key: "contact.phone")) != nil)
  }
}
