import Foundation
import LearnerStore
import Learning
import Shell
import TestSupport
import Testing

/// Who a run opens for: `--learner`, else the learner used last, else — asked at a terminal, a
/// guest in a script or a one-shot command.
@Suite struct StartingLearnerTests {
  let folder: TemporaryFolder
  let store: LearnerStore
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    folder = try TemporaryFolder()
    store = try SQLiteLearnerStore(path: folder.path("progress.sqlite"))
  }

  private func opened(_ starting: StartingLearner) -> Learner? {
    if case .open(let learner) = starting { return learner }
    return nil
  }

  @Test func anEmptyStoreAsksAtATerminalAndOpensAGuestInAScript() throws {
    #expect(
      try StartingLearner.choose(named: nil, in: store, canAsk: true, at: start) == .ask(name: nil))
    #expect(try store.learners().isEmpty)
    // A script gets a guest, added only when something needs a learner (see GuestTests).
    #expect(try StartingLearner.choose(named: nil, in: store, canAsk: false, at: start) == .guest)
    #expect(try store.learners().isEmpty)
  }

  @Test func aNewNameGivenAtATerminalIsAskedItsRoleAndAddedInAScript() throws {
    #expect(
      try StartingLearner.choose(named: "Dev", in: store, canAsk: true, at: start)
        == .ask(name: "Dev"))
    let dev = try #require(
      opened(try StartingLearner.choose(named: " Dev ", in: store, canAsk: false, at: start)))
    #expect(dev.name == "Dev" && dev.lastUsedAt == start)
  }

  /// The case: another learner was added first, Dev was used last; Dev comes back.
  @Test func laterRunsResumeTheLearnerUsedLast() throws {
    let ana = try store.addLearner(name: "Ana", role: .patient, pathID: nil)
    let dev = try store.addLearner(name: "Dev", role: .caregiver, pathID: nil)
    try store.markUsed(learnerID: ana.id, at: start)
    try store.markUsed(learnerID: dev.id, at: start + 60)
    for canAsk in [true, false] {
      let resumed = opened(
        try StartingLearner.choose(named: nil, in: store, canAsk: canAsk, at: start + 120))
      #expect(resumed?.name == "Dev")
      // Resuming the learner used last writes nothing before the first prompt.
      #expect(resumed?.lastUsedAt == start + 60)
    }
    let named = opened(
      try StartingLearner.choose(named: "ana", in: store, canAsk: true, at: start + 180))
    #expect(named?.name == "Ana")
    #expect(try store.lastUsedLearner()?.name == "Ana")
  }

  @Test(arguments: [
    ("Dve", "Dev"), ("dev ", nil), ("rosa", "Rosa Martinez"), ("Martinez", "Rosa Martinez"),
    ("Rosa Martines", "Rosa Martinez"), ("Zed", nil), ("D", nil),
  ])
  func nearNamesAreSuggested(typed: String, suggested: String?) {
    let learners = [
      Learner(id: 1, name: "Dev", role: .caregiver, pathID: nil),
      Learner(id: 2, name: "Rosa Martinez", role: .patient, pathID: nil),
    ]
    #expect(
      LearnerNames.nearest(to: typed.trimmingCharacters(in: .whitespaces), among: learners)?.name
        == suggested)
  }
}
