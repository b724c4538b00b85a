import Foundation
import Testing

@testable import Curriculum

/// Sources topics cite by id, warning signs in tiers with two wordings, the catch-all, and
/// retired question ids.
@Suite("Sources and warning signs")
struct SourcesAndSignsTests {
  @Test func refusesATopicCitingASourceTheManifestDoesNotDefine() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "sources: [cleveland-clinic-2021]", with: "sources: [cleveland-clinic-2020]",
      in: "topics/care.md")
    let errors = copy.load().errors
    let error = try #require(
      errors.first(
        "topics/care.md", line: 8,
        containing: "source `cleveland-clinic-2020` is not in bundle.yaml"
      ))
    #expect(error.message.contains("did you mean `cleveland-clinic-2021`?"))
  }

  @Test func warnsAboutASourceNoTopicCites() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "topics:\n",
      with: """
          - id: st-jude-fever
            title: Fever
            publisher: St. Jude
            url: https://example.org/fever
            reviewed: 2026-12-03
        topics:

        """, in: "bundle.yaml")
    let report = copy.lint()
    #expect(report.errorCount == 0, "\(report.text())")
    #expect(
      report.diagnostics.first(
        "bundle.yaml", line: 15, containing: "source `st-jude-fever` is cited by no topic") != nil)
  }

  @Test(arguments: [
    ("  - id: cleveland-clinic-2021\n    title", "source has no `id`"),
    (
      "    url: https://my.clevelandclinic.org/health/treatments/22144-implanted-port\n",
      "source has no `url`"
    ),
    ("    publisher: Cleveland Clinic\n", "source has no `publisher`"),
    ("    reviewed: 2021-08-25\n", "source has no `reviewed`"),
  ])
  func refusesASourceWithoutAField(_ line: String, _ fragment: String) throws {
    let copy = try TemporaryBundle()
    let replacement = line.hasSuffix("title") ? "  - title" : ""
    try copy.replace(line, with: replacement, in: "bundle.yaml")
    #expect(copy.load().errors.first("bundle.yaml", containing: fragment) != nil)
  }

  @Test func refusesASourceAddressThatIsNotAWebAddress() throws {
    let copy = try TemporaryBundle()
    try copy.replace("url: https://", with: "url: ftp://", in: "bundle.yaml")
    #expect(
      copy.load().errors.first("bundle.yaml", line: 13, containing: "is not a web address") != nil)
  }

  @Test func refusesTwoSourcesWithOneID() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "topics:\n",
      with: """
          - id: cleveland-clinic-2021
            title: Again
            publisher: Cleveland Clinic
            url: https://example.org
            reviewed: 2021-08-25
        topics:

        """, in: "bundle.yaml")
    #expect(
      copy.load().errors.first(
        "bundle.yaml", line: 15, containing: "source id `cleveland-clinic-2021` is already used")
        != nil)
  }

  @Test func readsTiersAndRefusesAnUnknownOne() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "    tier: urgent\n    label: Fever", with: "    tier: emergency\n    label: Fever",
      in: "bundle.yaml")
    let bundle = try BundleLoader.load(from: copy.url)
    #expect(bundle.manifest.warningSigns(in: .emergency).map(\.id) == ["fever"])
    #expect(bundle.manifest.warningSigns(in: .urgent).map(\.id) == ["bleeding"])
    try copy.replace("tier: emergency", with: "tier: soon", in: "bundle.yaml")
    #expect(
      copy.load().errors.first(
        "bundle.yaml", line: 31,
        containing: "`tier` \"soon\" is not a tier; use `emergency` or `urgent`")
        != nil)
  }

  @Test func asksTheCaregiverWordingOnlyWhenThereIsOne() {
    let sign = WarningSign(id: "fever", question: "Do you have a fever?", label: "Fever")
    #expect(sign.tier == .urgent)
    #expect(sign.question(forCaregiver: true) == "Do you have a fever?")
    let both = WarningSign(
      id: "fever", question: "Do you have a fever?", label: "Fever",
      caregiverQuestion: "Does your child have a fever?")
    #expect(both.question(forCaregiver: true) == "Does your child have a fever?")
    #expect(both.question(forCaregiver: false) == "Do you have a fever?")
  }

  @Test func readsTierAdviceAndWarnsWithoutACatchAll() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "catch-all:\n  label: Anything else that worries you\n  question: Is anything else worrying you?\n  question-caregiver: Is anything else about your child worrying you?\n",
      with:
        "tier-advice:\n  emergency: Call the emergency number now.\n  urgent: Call your care team right away, day or night.\n",
      in: "bundle.yaml")
    let bundle = try BundleLoader.load(from: copy.url)
    #expect(bundle.manifest.catchAll == nil)
    #expect(bundle.manifest.tierAdvice[.emergency] == "Call the emergency number now.")
    #expect(bundle.manifest.tierAdvice[.urgent] == "Call your care team right away, day or night.")
    #expect(
      copy.lint().diagnostics.first("bundle.yaml", line: 30, containing: "has no `catch-all`")
        != nil)
  }

  @Test func refusesAQuestionThatReusesARetiredID() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "synonyms:\n", with: "retired-questions: [basics-parts]\nsynonyms:\n", in: "bundle.yaml")
    let error = try #require(
      copy.load().errors.first(
        "questions/basics.yaml",
        containing: "question id `basics-parts` is in bundle.yaml `retired-questions`"))
    #expect(error.severity == .error)
  }

  @Test func keepsTheNewFieldsThroughTheCache() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "synonyms:\n",
      with: "retired-questions: [old-one]\ntier-advice:\n  urgent: Call now.\nsynonyms:\n",
      in: "bundle.yaml")
    let bundle = try BundleLoader.load(from: copy.url)
    var writer = BinaryWriter()
    bundle.encode(to: &writer)
    var reader = BinaryReader(writer.bytes)
    let decoded = try ContentBundle(from: &reader)
    #expect(decoded.manifest == bundle.manifest)
    #expect(decoded.topics == bundle.topics)
    #expect(decoded.manifest.retiredQuestionIDs == ["old-one"])
    #expect(decoded.topics.first?.sources == ["cleveland-clinic-2021"])
  }
}
