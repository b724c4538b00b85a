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
