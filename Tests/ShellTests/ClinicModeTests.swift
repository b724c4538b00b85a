import Foundation
import GRDB
import LearnerStore
import Learning
import Markdown
import Shell
import TestSupport
import Testing

/// Clinic mode as the nurse hands the laptop from one patient to the next: nobody is resumed,
/// no name is shown or completed, and another person's records open, and reports, only with
/// the educator's passphrase.
@Suite(.tags(.slow)) struct ClinicModeTests {
  static let start = Date(timeIntervalSince1970: 1_772_442_000)
  static let passphrase = "harbor lights 42"
  static let rosasPIN = "2468"

  let folder: TemporaryFolder
  let storePath: String

  init() throws {
    folder = try TemporaryFolder()
    storePath = folder.path("progress.sqlite")
  }

  /// Runs a script as a new start of the program on the same store; returns the transcript
  /// and the waits asked for.
  private func run(_ lines: [String], clock: (@Sendable () -> Date)? = nil) throws
    -> (text: String, status: Int32, waits: [Int])
  {
    let store = try SQLiteLearnerStore(path: storePath)
    let starting = try StartingLearner.choose(
      named: nil, in: store, canAsk: false, at: Self.start)
    let output = RecordingOutput(width: 80, style: .monochrome)
    let ticks = Ticker(start: Self.start)
    let waits = WaitCounter()
    let status = ShellSession(
      bundle: try ImplantedPortBundle.load(), output: output,
      reader: ScriptedLineReader(lines, transcript: output), store: store, starting: starting,
      clock: clock ?? { ticks.next() }, makeSeed: { 42 }, sleep: { waits.add($0) }
    ).run()
    try store.close()
    return (output.text, status, waits.all)
  }

  /// The transcript as one line, so a check does not depend on where a line wraps.
  private func flat(_ text: String) -> String {
    text.replacingOccurrences(of: "\n", with: " ")
  }

  /// Rosa (with a PIN, having read a section) and Luis, in clinic mode, with nobody open.
  private func setUpRosaAndLuis() throws {
    _ = try run([
      "clinic on", Self.passphrase, Self.passphrase,
      "learner Luis Martinez patient",
      "learner close",
      "learner Rosa Martinez patient", Self.passphrase,
      "pin set", Self.rosasPIN, Self.rosasPIN,
      "read parts",
      "learner close",
    ])
  }

  @Test func theSecondPatientCannotSeeTheFirstWithoutThePassphraseAndCanWithIt() throws {
    try setUpRosaAndLuis()
    let (text, _, _) = try run([
      "learner",
      "learner Luis Martinez", Self.passphrase,
      "learner",
      "learner 1", "",
      "learner Rosa Martinez", "1111",
      "learner Rosa Martine", "2222",
      "history",
      "report --for \"Rosa Martinez\"", "not it at all",
      "session start",
      "",
      "report --for \"Rosa Martinez\" --format csv", Self.passphrase,
      "learner everyone",
      "learner Rosa Martinez",
      "history",
      "learner close",
      "learner Rosa Martinez", Self.rosasPIN,
      "learner",
      "learner close",
    ])
    let beforePassphrase = text.components(separatedBy: "report --for \"Rosa Martinez\" --format")[
      0]
    // Nothing of Rosa's before the passphrase: not her name (but as typed), nor her reading.
    #expect(!beforePassphrase.contains("Rosa Martinez (patient)"))
    #expect(!beforePassphrase.contains("Did you mean"))
    #expect(!beforePassphrase.contains("parts of a port"))
    Snapshot.assertMatches(text, named: "clinic-two-learners")
  }

  /// A store that cannot say which mode it is in (a tampered `access_control` row) keeps
  /// records closed, as in clinic mode, rather than open to anyone.
  @Test func aStoreThatCannotSayItsModeKeepsRecordsClosed() throws {
    try setUpRosaAndLuis()
    let queue = try DatabaseQueue(path: storePath)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
      try db.execute(sql: "UPDATE access_control SET mode = 'open to all'")
    }
    try queue.close()
    let store = try SQLiteLearnerStore(path: storePath)
    let output = RecordingOutput(width: 80, style: .monochrome)
    let ticks = Ticker(start: Self.start)
    _ = ShellSession(
      bundle: try ImplantedPortBundle.load(), output: output,
      reader: ScriptedLineReader(
        ["learner", "learner Luis Martinez", "", "report --for \"Rosa Martinez\"", ""],
        transcript: output),
      store: store, starting: .nobody, clock: { ticks.next() }, makeSeed: { 42 }, sleep: { _ in }
    ).run()
    try store.close()
    #expect(!output.text.contains("Luis Martinez (patient)"))
    #expect(!flat(output.text).contains("You are now learning as Luis Martinez"))
    #expect(flat(output.text).contains("is damaged"))
    #expect(!output.text.contains("parts of a port"))
    #expect(!output.text.contains("Patient education record"))
  }

  @Test func nobodyIsResumedAndTabOffersNoNames() throws {
    try setUpRosaAndLuis()
    let store = try SQLiteLearnerStore(path: storePath)
    #expect(
      try StartingLearner.choose(named: nil, in: store, canAsk: true, at: Self.start) == .nobody)
    #expect(
      try StartingLearner.choose(named: "Luis Martinez", in: store, canAsk: false, at: Self.start)
        == .nobody)
    let completer = ShellSession.completer(for: try ImplantedPortBundle.load(), store: store)
    #expect(completer.complete("learner ").candidates == ["rename"])
    #expect(completer.complete("learner Ro").candidates.isEmpty)
    #expect(completer.complete("report --for ").candidates.isEmpty)
  }

  @Test func wrongEntriesWaitLongerEachTimeAndARestartDoesNotResetIt() throws {
    try setUpRosaAndLuis()
    let fixed: @Sendable () -> Date = { Self.start + 3_600 }
    let first = try run(
      ["learner Rosa Martinez", "1", "learner Rosa Martinez", "2", "learner Rosa Martinez", "3"],
      clock: fixed)
    #expect(first.waits == [1, 2])
    let again = try run(["learner Rosa Martinez", "4"], clock: fixed)
    #expect(again.waits == [4])
    #expect(flat(again.text).contains("Please wait 4 seconds"))
    let right = try run(
      ["learner Rosa Martinez", Self.rosasPIN, "learner close", "learner Rosa Martinez", "5"],
      clock: fixed)
    #expect(right.waits == [8])
    #expect(flat(right.text).contains("You are now learning as Rosa Martinez"))
    let store = try SQLiteLearnerStore(path: storePath)
    let rosa = try #require(try store.learner(named: "Rosa Martinez"))
    #expect(try store.accessEvents(learnerID: rosa.id).filter { $0.kind == .wrongEntry }.count == 5)
  }

  @Test func clinicModeOffNeedsThePassphraseAndKeepsThePINs() throws {
    try setUpRosaAndLuis()
    let (text, _, _) = try run(["clinic off", "wrong one", "clinic off", Self.passphrase, "clinic"])
    #expect(flat(text).contains("That is not the educator passphrase, so clinic mode stays on."))
    #expect(flat(text).contains("Clinic mode is off: this computer is used as at home."))
    let store = try SQLiteLearnerStore(path: storePath)
    #expect(try store.accessMode() == .home)
    let rosa = try #require(try store.learner(named: "Rosa Martinez"))
    #expect(try store.hasPIN(learnerID: rosa.id))
    #expect(
      try StartingLearner.choose(named: nil, in: store, canAsk: false, at: Self.start) == .nobody)
  }

  @Test func theEducatorResetsAForgottenPINAndTheRecordSaysSo() throws {
    try setUpRosaAndLuis()
    let (text, _, _) = try run([
      "learner reset-pin Rosa Martinez", Self.passphrase, "learner Rosa Martinez", "history",
    ])
    #expect(flat(text).contains("the record notes that the educator removed it"))
    #expect(flat(text).contains("the PIN was removed by the educator"))
    let store = try SQLiteLearnerStore(path: storePath)
    let rosa = try #require(try store.learner(named: "Rosa Martinez"))
    #expect(try !store.hasPIN(learnerID: rosa.id))
    #expect(try store.accessEvents(learnerID: rosa.id).last?.kind == .pinResetByEducator)
  }

  @Test func atHomeAForgottenPINIsResetAfterAWarning() throws {
    _ = try run(["learner Dev parent", "pin set", "7531", "7531"])
    let (text, _, _) = try run([
      "learner Dev", "0000", "learner reset-pin Dev", "yes", "learner Dev",
    ])
    #expect(flat(text).contains("anyone using this computer can open Dev's records"))
    #expect(flat(text).contains("You are now learning as Dev"))
    let store = try SQLiteLearnerStore(path: storePath)
    let dev = try #require(try store.learner(named: "Dev"))
    #expect(
      try store.accessEvents(learnerID: dev.id).map(\.kind).suffix(2) == [
        .wrongEntry, .pinResetAtHome,
      ])
  }

  @Test func atHomeWithoutAPINNothingIsAsked() throws {
    _ = try run(["learner Dev parent", "learner Sam patient"])
    let (text, _, _) = try run(["learner Dev", "learner"])
    #expect(!text.contains("PIN"))
    #expect(flat(text).contains("You are now learning as Dev"))
  }
}

/// The seconds the shell asked to wait, in order.
final class WaitCounter: @unchecked Sendable {
  private var waits: [Int] = []
  private let lock = NSLock()
  func add(_ seconds: Int) { lock.withLock { waits.append(seconds) } }
  var all: [Int] { lock.withLock { waits } }
}
