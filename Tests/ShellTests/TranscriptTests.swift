import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Shell
import TestSupport
import Testing

/// Whole-shell sessions on the real bundle and a real store, compared with golden transcripts
/// in `Snapshots/` (re-record with `RECORD_SNAPSHOTS=1` and review the diff).
@Suite struct TranscriptTests {
  /// 2026-03-02 09:00 UTC, so review dates and history lines repeat.
  static let start = Date(timeIntervalSince1970: 1_772_442_000)

  private func transcript(
    _ lines: [String], width: Int = 80, style: OutputStyle = .monochrome, learner: String? = "Sam",
    role: LearnerRole = .caregiver, settings: LocalSettings = LocalSettings(),
    folder: TemporaryFolder? = nil
  ) throws -> (text: String, status: Int32) {
    let bundle = try ImplantedPortBundle.load()
    let folder = try folder ?? TemporaryFolder()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let current = try learner.map { try store.addLearner(name: $0, role: role, pathID: nil) }
    let output = RecordingOutput(width: width, style: style)
    let reader = ScriptedLineReader(lines, transcript: output)
    let ticks = Ticker(start: Self.start)
    let shell = ShellSession(
      bundle: bundle, output: output, reader: reader, store: store, learner: current,
      settings: settings, clock: { ticks.next() }, makeSeed: { 42 })
    let status = shell.run()
    return (output.text, status)
  }

  @Test func aFirstLookAround() throws {
    let (text, status) = try transcript([
      "help", "topics", "read 1", "next", "back", "read parts#septum", "read prats", "topcs",
      "search flush", "help read", "", "quit",
    ])
    #expect(status == 1)  // `read prats` and `topcs` failed
    Snapshot.assertMatches(text, named: "first-look-around")
  }

  @Test func readingMarksTopicsAsReadOrPartlyRead() throws {
    let (text, status) = try transcript([
      "read parts", "next", "next", "next", "read types", "topics",
    ])
    #expect(status == 0)
    #expect(text.contains("✓  2. The parts of a port") || text.contains("✓ 2."))
    Snapshot.assertMatches(text, named: "reading-marks")
  }

  @Test func aQuizWithAMissThatComesBack() throws {
    let (text, status) = try transcript([
      "quiz parts", "a", "hint", "b", "skip", "c", "1 2", "reread", "stop", "progress",
    ])
    #expect(status == 0)
    Snapshot.assertMatches(text, named: "quiz-parts")
  }

  /// Answers in a person's own words: a paraphrase, words that fit two choices, "I don't
  /// know" (and `?`), `nope`, `all except`, and a fill-in's own prompt word.
  @Test func aQuizInTheLearnersOwnWords() throws {
    let (text, status) = try transcript([
      "quiz what-is-a-port", "the size of a quarter", "the skin", "under the skin",
      "i don't know", "nope", "?", "stop", "history",
    ])
    #expect(status == 0)
    Snapshot.assertMatches(text, named: "quiz-own-words")
  }

  /// Search in people's words: a real word gets no "did you mean" for another (`shower` is not
  /// `power`, `bath` not `cath`), `numb` finds numbing and not number, a slip still gets one.
  @Test func searchInPeoplesWords() throws {
    let (text, _) = try transcript([
      "search can i shower", "search bath", "search numb", "search will it hurt", "search cathetr",
    ])
    #expect(!text.contains("power") && !text.contains("“cath”"))
    #expect(text.contains("Did you mean “catheter”?"))
    Snapshot.assertMatches(text, named: "search-own-words")
  }

  /// The when-to-call check, each as a parent would answer it (the caregiver wording), unless
  /// the learner is the patient.
  @Test(arguments: [
    ("when-to-call-yes", ["no", "no", "yes"]),
    ("when-to-call-urgent", ["no", "no", "no", "yes", "yes", "no", "no", "yes", "no", "no", "no"]),
    (
      "when-to-call-all-no",
      ["no", "nope", "n", "no.", "noo", "not at all", "nah", "no", "none", "no", "no"]
    ),
    (
      "when-to-call-not-sure",
      ["no", "not sure", "dont know", "no", "no", "a little", "no", "no", "no", "no", "no", "no"]
    ),
    ("when-to-call-left-early", ["no", "no", "no", "yes i think so", "stop"]),
  ])
  func theWhenToCallCheck(name: String, answers: [String]) throws {
    let (text, _) = try transcript(["call"] + answers)
    Snapshot.assertMatches(text, named: name)
  }

  /// Words typed at the prompt are answered from the content; mistyped commands still get a
  /// "did you mean".
  @Test func wordsTypedAtThePrompt() throws {
    let (text, status) = try transcript([
      "will it hurt?", "can i shower", "i'm scared", "how do i fix my car engine",
      "my arm is swollen", "reed parts", "topcs",
    ])
    #expect(status == 1)  // `reed parts` and `topcs` are mistyped commands
    Snapshot.assertMatches(text, named: "words-at-the-prompt")
  }

  @Test(arguments: [("above", "he has a temperature of 38.5"), ("below", "99.1 F")])
  func aTypedTemperatureMeetsTheClinicsLimit(side: String, typed: String) throws {
    var settings = LocalSettings()
    settings["contact.fever-limit"] = "38.0 C"
    settings["contact.emergency"] = "911"
    settings["contact.phone"] = "555 0100"
    let answers = ["no", "no", "no", typed] + Array(repeating: "no", count: 7)
    let (text, _) = try transcript(["call"] + answers, role: .patient, settings: settings)
    Snapshot.assertMatches(text, named: "when-to-call-temperature-\(side)")
  }

  @Test func plainOutputForScreenReaders() throws {
    let (text, _) = try transcript(
      ["topics", "read when-to-call", "progress"], width: 60, style: .plain)
    #expect(!text.contains("│") && !text.contains("✓") && !text.contains("\u{1B}"))
    Snapshot.assertMatches(text, named: "plain-when-to-call")
  }

  @Test func learnersAndPaths() throws {
    let (text, _) = try transcript(
      [
        "learner", "learner Alex", "patient", "path", "path before", "next", "learner Sam",
        "history",
      ],
      learner: "Sam")
    Snapshot.assertMatches(text, named: "learners-and-paths")
  }
}

extension TranscriptTests {
  @Test func anEducatorSessionWithTwoLearners() throws {
    let folder = try TemporaryFolder()
    let report = folder.path("record.json")
    let (text, status) = try transcript(
      [
        "session start", "Ada Okafor, RN", "Sam parent, Alex patient", "", "", "", "home-care",
        "read when-to-call#warning-signs", "note Sam: needs glasses", "note prefers short sessions",
        "quiz when-to-call", "true", "b", "hint", "c", "true", "stop",
        "session end", "report --session 1 --format json --out \(report)",
      ],
      learner: nil, folder: folder)
    #expect(status == 0)
    Snapshot.assertMatches(
      text.replacingOccurrences(of: folder.url.path, with: "TMP"), named: "educator-session")
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: report)))
    let record = try #require(json as? [String: Any])
    let learners = try #require(record["learners"] as? [[String: Any]])
    #expect(learners.compactMap { $0["name"] as? String } == ["Sam", "Alex"])
    let session = try #require(record["session"] as? [String: Any])
    #expect(session["educatorName"] as? String == "Ada Okafor, RN")
    #expect((session["notes"] as? [Any])?.count == 2)
  }
}

// MARK: - Coming back

extension TranscriptTests {
  /// One run as `teachback` starts it: the learner chosen as the launcher chooses
  /// (`StartingLearner`), at `start` on the harness's clock, typed at a terminal when
  /// `interactive`.
  private func run(
    _ lines: [String], in folder: TemporaryFolder, at start: Date, interactive: Bool,
    learner: String? = nil
  ) throws -> String {
    let bundle = try ImplantedPortBundle.load()
    let store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
    let starting = try StartingLearner.choose(
      named: learner, in: store, canAsk: interactive, at: start)
    let output = RecordingOutput()
    let reader = ScriptedLineReader(lines, transcript: output, interactive: interactive)
    let ticks = Ticker(start: start)
    _ = ShellSession(
      bundle: bundle, output: output, reader: reader, store: store, starting: starting,
      clock: { ticks.next() }, makeSeed: { 42 }
    ).run()
    return output.text
  }

  /// The first run at a terminal on an empty store: asked name and role, then the next step.
  @Test func theFirstRunAsksWhoIsLearning() throws {
    let folder = try TemporaryFolder()
    let text = try run(
      ["I'm Maria", "a parent", "learner"], in: folder, at: Self.start, interactive: true)
    #expect(!text.contains(" me") && text.contains("Hello, Maria."))
    Snapshot.assertMatches(text, named: "first-run")
  }

  /// Dev reads and takes a quiz as a script, then comes back 20 days later at a terminal: Dev
  /// is resumed (not the guest made first), with what is due, where Dev stopped and the next
  /// step — the step `next` takes, due warning signs first.
  @Test func comingBackAsTheLastLearnerWithReviewsDue() throws {
    let folder = try TemporaryFolder()
    let first = try run(
      [
        "learner Dev parent", "quiz when-to-call", "true", "c", "stop", "quiz flush-schedule",
        "your care team", "true", "trained", "a b c", "b c a", "read flushing", "next", "quit",
      ], in: folder, at: Self.start, interactive: false)
    #expect(first.contains("Quiz finished"))
    let back = try run(
      ["next", "review", "true", "stop", "quit"], in: folder, at: Self.start + 20 * 86_400,
      interactive: true)
    #expect(back.contains("Welcome back, Dev."))
    Snapshot.assertMatches(first + "\n--- 20 days later ---\n\n" + back, named: "coming-back")
  }

  /// The guest made by a script puts their name on their progress; everything is kept.
  @Test func renamingTheGuest() throws {
    let folder = try TemporaryFolder()
    let first = try run(["read flushing"], in: folder, at: Self.start, interactive: false)
    let back = try run(
      ["learner rename", "learner rename Luis Martinez", "learner", "history", "forget all", "no"],
      in: folder, at: Self.start + 3600, interactive: true)
    #expect(back.contains("now under the name Luis Martinez"))
    Snapshot.assertMatches(first + "\n--- an hour later ---\n\n" + back, named: "rename")
  }

  /// A slip in a learner's name gets "did you mean" before anyone new is added.
  @Test func aTypoOfALearnersName() throws {
    let folder = try TemporaryFolder()
    _ = try run(
      ["learner Dev parent", "learner Rosa Martinez patient"], in: folder, at: Self.start,
      interactive: false)
    let text = try run(
      ["learner Dve", "yes", "learner rosa", "no", "patient", "learner", "learner Zed", "stop"],
      in: folder, at: Self.start + 60, interactive: false)
    #expect(text.contains("Did you mean Dev?"))
    Snapshot.assertMatches(text, named: "learner-typo")
  }
}

/// A clock that moves on 30 seconds each time it is read.
final class Ticker: @unchecked Sendable {
  private var now: Date
  private let lock = NSLock()
  init(start: Date) { now = start }
  func next() -> Date {
    lock.withLock {
      now += 30
      return now
    }
  }
}

extension TranscriptTests {
  /// A whole two-learner session as a nurse educator runs it with a patient and her husband,
  /// typed the ordinary way, from `session start` to the records for the chart.
  @Test func aWholeSessionWithAPatientAndHerHusband() throws {
    let folder = try TemporaryFolder()
    let (text, status) = try transcript(
      [
        "session start", "Ada Okafor, RN", "Rosa Martinez patient, Luis Martinez", "husband", "",
        "00427751", "Mercy Hospital", "4/12/61", "12 April 1961", "whne-to-cal", "when-to-call",
        "read when-to-call#warning-signs", "note Rosa: needs glasses",
        "note lu: prefers Spanish for written material", "note short visit today",
        "quiz when-to-call", "true", "a", "c", "true", "b", "hint", "c", "a",
        "stop, do not force it, and call your care team", "i don't know", "skip",
        "call your local emergency number now", "stop",
        "demo lu: flushing needs practice pushed too hard", "demo", "demo rosa: flushing passed",
        "amend demo 1 passed flushed slowly on the second try", "amend identity Rosa", "", "",
        "1961-04-21", "demo",
        "session end", "report --for Rosa", "report --session 1 --format csv",
        "report --for \"Rosa Martinez\" --out TMP/rosa.md",
        "report --session 1 --out TMP/session.html",
        "report --session 1 --out TMP/session.fhir.json",
      ].map { $0.replacingOccurrences(of: "TMP", with: folder.url.path) },
      learner: nil, folder: folder)
    #expect(status == 1, "only `report --for Rosa` failed")
    Snapshot.assertMatches(
      text.replacingOccurrences(of: folder.url.path, with: "TMP"), named: "whole-session")
    let rosa = try String(contentsOfFile: folder.path("rosa.md"), encoding: .utf8)
    #expect(rosa.hasPrefix("# Patient education record"))
    #expect(rosa.contains("needs glasses") && rosa.contains("short visit today (whole session)"))
    #expect(!rosa.contains("prefers Spanish"), "Luis's note is in his record, not Rosa's")
    let html = try String(contentsOfFile: folder.path("session.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("caregiver, spouse") && html.contains("prefers Spanish"))
    let fhir = try String(contentsOfFile: folder.path("session.fhir.json"), encoding: .utf8)
    #expect(fhir.contains("\"resourceType\": \"Bundle\"") && fhir.contains("prefers Spanish"))
    #expect(fhir.contains("\"resourceType\": \"Observation\"") && fhir.contains("00427751"))
    #expect(html.contains("born 1961-04-21") && html.contains("Corrected; before:"))
  }
}

extension TranscriptTests {
  /// The less common turns of a session: an ambiguous name asks which, a demonstration needs a
  /// session and a known topic, a corrected one cannot be corrected twice, and a second
  /// session finds the identity on file and offers the last educator.
  @Test func aSessionsLessCommonTurns() throws {
    let folder = try TemporaryFolder()
    let (text, _) = try transcript(
      [
        "demo flushing passed",
        "session start", "---", "Ada Okafor", "Rosa Martinez patient", "Rosalind Lee mother", "",
        "A-77", "", "", "",
        "note ros: prefers mornings", "Rosal", "demo ros: flushing passed", "Rosa Martinez",
        "demo rosa: nothing passed", "amend demo 1 needs-practice", "amend demo 1 passed",
        "session end",
        "session start", "", "Rosa Martinez", "", "", "session end",
        "report --for \"Rosalind Lee\" --format json",
      ], learner: nil, folder: folder)
    #expect(text.contains("Return demonstrations belong to a teaching session."))
    #expect(text.contains("Please type the educator's name in letters"))
    #expect(text.contains("Which one: Rosa Martinez or Rosalind Lee?"))
    #expect(text.contains("Noted about Rosalind Lee."))
    #expect(text.contains("Who showed it: Rosa Martinez or Rosalind Lee?"))
    #expect(text.contains("Recorded demonstration 1: Rosa Martinez showed"))
    #expect(text.contains("There is no topic `nothing`."))
    #expect(text.contains("Demonstration 1 corrected as 2: needs practice."))
    #expect(text.contains("Demonstration 1 was corrected already, by demonstration 2."))
    #expect(text.contains("Educator's name (Enter for Ada Okafor):"))
    #expect(
      text.contains("On file for Rosa Martinez: MRN A-77. `amend identity Rosa` corrects it."))
    #expect(text.contains("\"relationship\" : \"parent\""))
    #expect(text.contains("\"text\" : \"prefers mornings\""))
  }
}
