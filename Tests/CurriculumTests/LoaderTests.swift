import Foundation
import Testing

@testable import Curriculum

@Suite("Loading a valid bundle")
struct LoaderTests {
  let bundle: ContentBundle

  init() throws {
    bundle = try BundleLoader.load(
      from: TemporaryBundle.fixtures.appendingPathComponent("valid"))
  }

  @Test func readsTheManifest() {
    let manifest = bundle.manifest
    #expect(manifest.id == "test-port")
    #expect(manifest.version == "1.2.0")
    #expect(manifest.audiences == ["patient", "caregiver"])
    #expect(manifest.topicOrder == ["basics", "care"])
    #expect(manifest.readingGradeTarget == 8)
    #expect(manifest.disclaimer == "This is a test. It does not replace your care team.")
    #expect(
      manifest.sources == [
        Source(
          id: "cleveland-clinic-2021", title: "Implanted Port", publisher: "Cleveland Clinic",
          url: "https://my.clevelandclinic.org/health/treatments/22144-implanted-port",
          reviewed: "2021-08-25")
      ])
    #expect(manifest.paths.map(\.id) == ["before-surgery", "home-care"])
    #expect(manifest.paths[1].topicIDs == ["care"])
    #expect(manifest.warningSigns.map(\.id) == ["fever", "bleeding"])
    #expect(manifest.warningSigns[1].question == "Is the port bleeding?")
    #expect(manifest.warningSigns.map(\.tier) == [.urgent, .urgent])
    #expect(
      manifest.warningSigns[1].question(forCaregiver: true) == "Is your child's port bleeding?")
    #expect(
      manifest.catchAll
        == CatchAllSign(
          label: "Anything else that worries you", question: "Is anything else worrying you?",
          caregiverQuestion: "Is anything else about your child worrying you?"))
    #expect(manifest.retiredQuestionIDs == [])
    #expect(manifest.synonyms == [["care team", "nurse", "doctor"], ["flush", "rinse"]])
  }

  @Test func readsTopicsInManifestOrder() throws {
    #expect(bundle.topics.map(\.id) == ["basics", "care"])
    let basics = try #require(bundle.topic(id: "basics"))
    #expect(basics.title == "What a port is")
    #expect(basics.summary == "A port is a small disc under the skin. It makes treatment easier.")
    #expect(basics.keywords == ["port", "chemo port", "disc"])
    #expect(basics.related == ["care"])
    #expect(basics.sources == ["cleveland-clinic-2021"])
    #expect(basics.file == "topics/basics.md")
  }

  @Test func splitsSectionsAtLevelTwoHeadingsOutsideCode() throws {
    let basics = try #require(bundle.topic(id: "basics"))
    #expect(basics.sections.map(\.id) == ["what-it-does", "its-parts"])
    #expect(basics.sections.map(\.title) == ["What it does", "Its parts"])
    #expect(basics.sections.map(\.line) == [13, 18])
    let parts = basics.sections[1]
    #expect(parts.markdown.contains("## not a section, this is code"))
    #expect(parts.markdown.contains("### A smaller heading"))
    #expect(parts.bodyLine == 20)
    #expect(!parts.markdown.hasPrefix("\n"))
  }

  @Test func keepsTheIntroductionBeforeTheFirstSection() throws {
    let basics = try #require(bundle.topic(id: "basics"))
    let introduction = try #require(basics.introduction)
    #expect(introduction.markdown == "A port helps your care team give you medicine.")
    #expect(introduction.line == 11)
    #expect(introduction.id == "")
    #expect(bundle.topic(id: "care")?.introduction == nil)
  }

  @Test func readsQuestionsWithZeroBasedAnswers() throws {
    let questions = Dictionary(uniqueKeysWithValues: bundle.questions.map { ($0.id, $0) })
    #expect(bundle.questions.count == 8)
    #expect(questions["basics-where"]?.answer == .choice(0))
    #expect(questions["basics-where"]?.kind == .singleChoice)
    #expect(questions["basics-where"]?.line == 3)
    #expect(questions["basics-where"]?.file == "questions/basics.yaml")
    #expect(questions["basics-parts"]?.answer == .choices([0, 1]))
    #expect(questions["basics-vein"]?.answer == .truth(true))
    #expect(questions["care-steps"]?.answer == .order([1, 0, 2]))
    #expect(questions["basics-tube"]?.answer == .text(accepted: ["catheter"], synonyms: ["tube"]))
    #expect(questions["basics-tube"]?.hint == "It starts with a c.")
    #expect(questions["care-fever"]?.isRedFlag == true)
    #expect(questions["care-fever"]?.warningSignIDs == ["fever"])
    #expect(questions["care-how-often"]?.isRedFlag == false)
    #expect(questions["care-how-often"]?.reexplanation.hasPrefix("Once a month") == true)
    #expect(bundle.questions(forTopic: "care").count == 4)
  }

  @Test func loadsWithoutWarnings() {
    let result = BundleLoader.loadWithDiagnostics(
      from: TemporaryBundle.fixtures.appendingPathComponent("valid"))
    #expect(result.diagnostics == [])
    #expect(result.fileCount == 5)
  }

  @Test func warningsDoNotStopLoading() throws {
    let copy = try TemporaryBundle()
    try copy.replace(
      "title: What a port is", with: "title: What a port is\ncolour: blue", in: "topics/basics.md")
    let result = copy.load()
    #expect(result.bundle != nil)
    #expect(
      result.warnings.first("topics/basics.md", line: 4, containing: "unknown field `colour`")
        != nil)
  }

  @Test func acceptsWindowsLineEndsAndAByteOrderMark() throws {
    let copy = try TemporaryBundle()
    let text = try copy.read("topics/care.md").replacingOccurrences(of: "\n", with: "\r\n")
    try copy.write("topics/care.md", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
    let bundle = try BundleLoader.load(from: copy.url)
    #expect(bundle.topic(id: "care")?.sections.map(\.line) == [11, 16])
    #expect(bundle.topic(id: "care")?.sections[0].markdown.contains("\r") == false)
  }

  @Test func throwsEveryErrorAtOnce() throws {
    let copy = try TemporaryBundle()
    try copy.replace("answer: a", with: "answer: z", in: "questions/basics.yaml")
    try copy.replace(
      "section: monthly-flush", with: "section: weekly-flush", in: "questions/care.yaml")
    do {
      _ = try BundleLoader.load(from: copy.url)
      Issue.record("loading should fail")
    } catch let error as BundleLoadError {
      #expect(error.diagnostics.count == 2)
      #expect(error.diagnostics.allSatisfy { $0.severity == .error })
      #expect(error.description.contains("questions/basics.yaml:11:13: error: answer \"z\""))
      #expect(error.description.contains("questions/care.yaml:5:14: error: section `weekly-flush`"))
    }
  }

  @Test func checksTopicFilesEvenWithoutAUsableTopicList() throws {
    let copy = try TemporaryBundle()
    try copy.replace("topics:\n  - basics\n  - care\n", with: "topics: oops\n", in: "bundle.yaml")
    try copy.replace("title: Caring for your port", with: "title: [x]", in: "topics/care.md")
    let errors = copy.load().errors
    #expect(errors.first("bundle.yaml", line: 15, containing: "`topics` should be a list") != nil)
    #expect(errors.first("topics/care.md", line: 3, containing: "`title` should be a text") != nil)
  }

  @Test func reportsAMissingFolder() {
    let result = BundleLoader.loadWithDiagnostics(from: URL(fileURLWithPath: "/no/such/bundle"))
    #expect(result.bundle == nil)
    #expect(result.errors.first?.message.contains("there is no bundle folder") == true)
  }
}
