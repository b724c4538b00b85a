import Testing

@testable import Shell

@Suite struct SymptomsCheckTests {
  @Test func aYesStopsTheQuestionsAndEndsOnTheCallOut() {
    let (transcript, status) = runShell(["call", "no", "yes", "topics"])
    #expect(status == 0)
    let callOut = transcript.range(of: "Call your care team now")
    #expect(callOut != nil)
    #expect(transcript.contains("You said yes to: Shortness of breath."))
    #expect(transcript.contains("No contact details are set up here."))
    #expect(transcript.contains("Use the number on your discharge papers."))
  }

  @Test func theConfiguredContactIsShown() {
    var settings = LocalSettings()
    settings["contact.name"] = "Oncology nurse line"
    settings["contact.phone"] = "555-0100"
    let (transcript, _) = runShell(["symptoms", "y"], settings: settings)
    #expect(transcript.contains("Oncology nurse line"))
    #expect(transcript.contains("Phone: 555-0100"))
    #expect(!transcript.contains("No contact details"))
  }

  @Test func allNoStillSaysItIsOKToCall() {
    let (transcript, _) = runShell(["call", "no", "n"])
    #expect(transcript.contains("You said no to every sign."))
    #expect(transcript.contains("It is always OK to call your care team"))
  }

  @Test func unclearAnswersAreAskedAgainAndStopLeaves() {
    let (transcript, _) = runShell(["call", "maybe", "stop"])
    #expect(transcript.contains("Please answer yes or no"))
    #expect(transcript.contains("You left the check."))
    #expect(!transcript.contains("Call your care team now"))
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
