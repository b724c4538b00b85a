import Curriculum
import Foundation
import Markdown
import Reports
import TestSupport
import Testing

/// Texts that would drive a terminal or flip the reading direction reach no record and no
/// handout, in any format, neither raw nor escaped, even when the record is built by hand
/// (not through `EducationRecord(bundle:learners:session:generatedAt:)`, which cleans too).
@Suite("Neutralising")
struct NeutralisingTests {
  /// A learner's name with a right-to-left override and a topic title that clears the screen.
  static let hostileName = "Eve\u{202E}lyn"
  static let hostileTitle = "Caring\u{1B}[2J for your port"

  /// Spellings of the hostile characters in each format's own escapes (JSON `\u`, CSS `\`,
  /// HTML character references), which a reader of the file would turn back into them.
  static let escapedForms = [
    "\\u001b", "\\u009b", "\\u202e", "\\u2066", "\\u200f", "\\1b ", "\\202e ", "&#x1b;", "&#27;",
    "&#x202e;", "&#8238;",
  ]

  static func hostileRecord() -> EducationRecord {
    var record = SampleSession.record()
    record.bundle.title = "Your port\u{9B}31m"
    record.learners[0].name = hostileName
    record.learners[0].topics[0].title = hostileTitle
    record.learners[0].review.notYetChecked.append(TopicRef(id: "care", title: hostileTitle))
    record.learners[0].answers[0].response = "saline\u{2066}x"
    record.learners[0].answers[0].prompt = "Why\u{200F}?"
    record.session?.educatorName = "Ada\u{202E}"
    record.session?.notes.append(RecordNote(at: SampleSession.minute(2), text: "tab\u{1B}]0;x"))
    record.session?.plannedTopics.append(TopicRef(id: "care", title: hostileTitle))
    let at = SampleSession.minute(3)
    record.learners[0].notes.append(RecordNote(at: at, text: "bell\u{07}", about: hostileName))
    record.learners[0].relationship = "spouse\u{202E}"
    record.learners[0].identity = IdentityRecord(
      current: .init(
        mrn: "12\u{1B}[2J34", mrnSystem: "Mercy\u{202E}", birthDate: "1961-04-12",
        enteredBy: "Ada\u{9B}", enteredAt: at),
      earlier: [
        .init(mrn: "99\u{2066}", mrnSystem: nil, birthDate: nil, enteredBy: "Ben", enteredAt: at)
      ])
    record.learners[0].demonstrations = [
      DemonstrationRecord(
        topicID: "care", topicTitle: hostileTitle,
        current: .init(result: .passed, note: "ok\u{1B}]0;x", at: at, enteredBy: "Ada\u{202E}"))
    ]
    record.learners[0].redFlagsMissed = [
      RedFlagMiss(
        id: "q", topicID: "care", prompt: "Fever\u{200F}?", missedAt: at, laterRight: true)
    ]
    return record
  }

  /// The first character of `output` that is forbidden, or one of its escaped spellings.
  static func problem(in output: String) -> String? {
    if let scalar = output.unicodeScalars.first(where: {
      TextSanitizer.isForbidden($0) && $0 != "\n" && $0 != "\r"
    }) {
      return "U+\(String(scalar.value, radix: 16, uppercase: true))"
    }
    let lowered = output.lowercased()
    return escapedForms.first { lowered.contains($0) }
  }

  @Test(arguments: ReportFormat.allCases)
  func aHostileNameAndTitleReachNoRecordFormat(format: ReportFormat) throws {
    let output = try format.render(Self.hostileRecord(), timeZone: .gmt)
    #expect(Self.problem(in: output) == nil, "\(format)")
    #expect(output.contains("Evelyn"), "the name stays readable in \(format)")
  }

  @Test func eachRendererNeutralisesOnItsOwn() throws {
    let record = Self.hostileRecord()
    let outputs = [
      RecordMarkdownRenderer(timeZone: .gmt).render(record),
      RecordHTMLRenderer(timeZone: .gmt).render(record),
      try RecordJSONRenderer().render(record),
      RecordCSVRenderer().render(record),
      try RecordFHIRRenderer(canonicalBase: "urn:clinic\u{202E}:").render(record),
    ]
    for output in outputs {
      #expect(Self.problem(in: output) == nil)
    }
    let decoded = try RecordJSONRenderer.decode(try RecordJSONRenderer().render(record))
    #expect(decoded.learners[0].name == "Evelyn")
    #expect(decoded.learners[0].topics[0].title == "Caring[2J for your port")
  }

  @Test(arguments: Handout.Format.allCases)
  func aHostileTitleReachesNoHandout(format: Handout.Format) throws {
    var bundle = SampleBundle.make()
    bundle.topics[0].title = Self.hostileTitle
    bundle.topics[0].sections[0].title = "What\u{202E} it is"
    let handout = try Handout(
      bundle: bundle, topicIDs: bundle.topics.map(\.id),
      careTeamContact: ["Nurse \(Self.hostileName)", "555\u{1B}[2J 0100"])
    let output = handout.render(format)
    #expect(Self.problem(in: output) == nil, "\(format)")
    #expect(output.contains("Caring[2J for your port"))
  }
}
