import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

extension ShellCommand {
  static let demo = ShellCommand(
    name: "demo",
    summary: .commandDemoSummary,
    usage: .commandDemoUsage,
    details: .commandDemoDetails,
    argument: .topic,
    history: .forget,
    run: { shell, line in
      try DemoCommands(context: shell.context).demo(DemoRequest(line))
      return .succeeded
    })

  static let amend = ShellCommand(
    name: "amend",
    summary: .commandAmendSummary,
    usage: .commandAmendUsage,
    details: .commandAmendDetails,
    argument: .words(["identity", "demo"]),
    history: .forget,
    run: { shell, line in
      try DemoCommands(context: shell.context).amend(AmendRequest(line))
      return .succeeded
    })
}

/// `demo` and `amend`: return demonstrations in a teaching session, and corrections of them and
/// of a patient's identity, each kept with who entered it and when.
struct DemoCommands {
  let context: ShellContext

  private var bundle: ContentBundle { context.bundle }

  func demo(_ request: DemoRequest) throws {
    let store = try context.requireStore()
    guard let teaching = context.teaching else {
      throw ShellError(context.string(.demoNeedsASession))
    }
    switch request.action {
    case .list:
      try list(teaching, store: store)
    case .record(let name, let topicWord, let passed, let note):
      let topic = try resolveTopic(topicWord)
      guard let learner = try who(named: name, in: teaching) else {
        context.say(.demoNotSaved)
        return
      }
      let shown = try store.recordDemonstration(
        learnerID: learner.id, teachingSessionID: teaching.session.id,
        bundleID: bundle.manifest.id, topicID: topic.id, passed: passed, note: note,
        enteredBy: teaching.session.educatorName, at: context.clock())
      context.say(
        .demoRecorded(
          id: "\(shown.id)", name: "\(learner.name)", topic: "\(topic.title)",
          outcome: context.words(passed ? .demoPassed : .demoNeedsPractice)))
    }
  }

  func amend(_ request: AmendRequest) throws {
    let store = try context.requireStore()
    switch request.target {
    case .identity(let name):
      let learner = try patient(named: name, store: store)
      guard let educator = whoIsChanging(store: store) else {
        context.say(.amendNothingChanged)
        return
      }
      let current = try store.identityHistory(learnerID: learner.id).last
      guard
        let typed = IdentityQuestions(context: context).ask(
          for: learner, current: current, educator: educator, store: store)
      else {
        context.say(.amendNothingChanged)
        return
      }
      try store.addIdentity(typed, learnerID: learner.id)
      let saved = context.words(
        .amendIdentitySaved(
          name: "\(learner.name)", identity: "\(IdentityQuestions.describe(typed))"))
      context.say(current == nil ? saved : saved + " " + context.words(.amendEarlierStays))
    case .demonstration(let id, let passed, let note):
      guard let original = try store.demonstration(id: id) else {
        throw ShellError(context.string(.amendNoSuchDemo(id: "\(id)")))
      }
      let later = try store.demonstrations(
        learnerID: original.learnerID, bundleID: original.bundleID
      )
      .first { $0.replacesID == id }
      if let later {
        throw ShellError(
          context.string(.amendDemoCorrectedAlready(id: "\(id)", later: "\(later.id)")))
      }
      guard let educator = whoIsChanging(store: store) else {
        context.say(.amendNothingChanged)
        return
      }
      let fixed = try store.recordDemonstration(
        learnerID: original.learnerID, teachingSessionID: original.teachingSessionID,
        bundleID: original.bundleID, topicID: original.topicID, passed: passed,
        note: note, enteredBy: educator, at: context.clock(),
        replacing: id)
      context.say(
        .amendDemoCorrected(
          id: "\(id)", fixed: "\(fixed.id)",
          outcome: context.words(passed ? .demoPassed : .demoNeedsPractice)))
    }
  }

  // MARK: - Pieces

  private func list(_ teaching: TeachingContext, store: LearnerStore) throws {
    var lines: [String] = []
    for learner in teaching.learners {
      let shown = try store.demonstrations(
        learnerID: learner.id, bundleID: bundle.manifest.id, sessionID: teaching.session.id)
      let replaced = Set(shown.compactMap(\.replacesID))
      for demonstration in shown {
        let title = bundle.topic(id: demonstration.topicID)?.title ?? demonstration.topicID
        var line =
          "\(demonstration.id). \(learner.name) — \(title): "
          + context.string(demonstration.passed ? .demoPassed : .demoNeedsPractice)
        if !demonstration.note.isEmpty { line += " — \(demonstration.note)" }
        if replaced.contains(demonstration.id) { line += " " + context.string(.demoCorrected) }
        lines.append(line)
      }
    }
    if lines.isEmpty {
      context.say(.demoNoneYet)
      return
    }
    for line in lines { context.say(StyledText(line)) }
  }

  private func resolveTopic(_ word: String) throws -> Topic {
    guard case .found(let index, _) = TopicResolver(topics: bundle.topics).resolve(word) else {
      throw ShellError("There is no topic `\(word)`. Type `topics` to see them.")
    }
    return bundle.topics[index]
  }

  /// The learner who showed the skill: the one named, the only one present, or asked for.
  private func who(named name: String?, in teaching: TeachingContext) throws -> Learner? {
    if let name {
      switch NoteSubject(naming: name, among: teaching.learners) {
      case .learner(let learner): return learner
      case .ambiguous(let learners): return askWhich(of: learners)
      case .nobody:
        throw ShellError(
          "No one called `\(name)` is in this session: "
            + ShellSession.listing(teaching.learners.map(\.name), joinedBy: "and") + ".")
      }
    }
    if teaching.learners.count == 1 { return teaching.learners[0] }
    return askWhich(of: teaching.learners)
  }

  private func askWhich(of learners: [Learner]) -> Learner? {
    let names = ShellSession.listing(learners.map(\.name), joinedBy: "or")
    var question = "Who showed it: \(names)?"
    while let typed = context.ask(StyledText(question)), !typed.isEmpty {
      if case .learner(let learner) = NoteSubject(naming: typed, among: learners) {
        return learner
      }
      question = "Please type one of the names: \(names)."
    }
    return nil
  }

  /// The patient whose identity to correct: the one named (in the session, else in the store),
  /// else the session's only patient, else the current learner.
  private func patient(named name: String?, store: LearnerStore) throws -> Learner {
    if let name {
      if let teaching = context.teaching,
        case .learner(let learner) = NoteSubject(naming: name, among: teaching.learners)
      {
        return learner
      }
      if context.chosenLearner.map({ $0.name.lowercased() != name.trimmed.lowercased() }) ?? true {
        try AccessGate(context: context).requireEducator(for: .gateWhatAnotherIdentity)
      }
      if let learner = try store.learner(named: name) { return learner }
      throw ShellError(
        "There is no learner `\(name)`."
          + (try LearnerNameSuggestion.closest(to: name, among: store.learners()).map {
            " Did you mean `amend identity \($0.name)`?"
          } ?? " `learner` lists them."))
    }
    let patients = context.teaching?.learners.filter { $0.role == .patient } ?? []
    if patients.count == 1 { return patients[0] }
    if let learner = context.learner, patients.isEmpty { return learner }
    throw ShellError("Name the patient, e.g. `amend identity Rosa`.")
  }

  /// Who is making a correction: the running session's educator, else asked (the last
  /// session's educator offered).
  private func whoIsChanging(store: LearnerStore) -> String? {
    if let teaching = context.teaching { return teaching.session.educatorName }
    let known = try? store.teachingSessions(limit: 1).first?.educatorName
    let question = "Who is making this change?" + (known.map { " (Enter for \($0))" } ?? "")
    guard let typed = context.ask(StyledText(question)) else { return nil }
    let name = typed.isEmpty ? known : String(typed.prefix(80))
    return name?.isEmpty == false ? name : nil
  }
}
