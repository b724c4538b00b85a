import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Reports

extension ShellCommand {
  static let session = ShellCommand(
    name: "session",
    summary: .commandSessionSummary,
    usage: .commandSessionUsage,
    details: .commandSessionDetails,
    argument: .words(["start", "end", "status"]),
    history: .forget,
    run: { shell, line in
      try TeachingCommands(context: shell.context).run(SessionRequest(line))
      return .succeeded
    })

  static let note = ShellCommand(
    name: "note",
    summary: .commandNoteSummary,
    usage: .commandNoteUsage,
    details: .commandNoteDetails,
    history: .forget,
    run: { shell, line in
      try TeachingCommands(context: shell.context).note(NoteRequest(line))
      return .succeeded
    })
}

/// An educator's teaching session in progress: who is here, and the store's record of it.
struct TeachingContext {
  var session: TeachingSession
  var learners: [Learner]
}

/// `session` and `note`: an educator's teaching session, from start to the record for the
/// chart.
struct TeachingCommands {
  let context: ShellContext

  private var bundle: ContentBundle { context.bundle }

  func run(_ request: SessionRequest) throws {
    switch request.action {
    case .start: try start()
    case .end: try end()
    case .status: try showStatus()
    }
  }

  // MARK: - Starting

  private func start() throws {
    let store = try context.requireStore()
    if let teaching = context.teaching {
      throw ShellError(
        context.string(.sessionAlreadyRunning(names: "\(names(teaching.learners))")))
    }
    try AccessGate(context: context).requireEducator(for: .gateWhatStartingASession)
    guard let educator = askEducator(store: store) else {
      context.say(.sessionNotStarted)
      return
    }
    let (learners, relationships) = askLearners(store: store)
    guard !learners.isEmpty else {
      context.say(.sessionNotStarted)
      return
    }
    var identities: [(Learner, PatientIdentity)] = []
    for learner in learners where learner.role == .patient {
      if let onFile = try store.identityHistory(learnerID: learner.id).last {
        let first = learner.name.split(separator: " ").first.map(String.init) ?? learner.name
        context.say(
          StyledText(
            "On file for \(learner.name): \(IdentityQuestions.describe(onFile)). "
              + "`amend identity \(first)` corrects it."))
      } else if let typed = IdentityQuestions(context: context).ask(
        for: learner, current: nil, educator: educator, store: store)
      {
        identities.append((learner, typed))
      }
    }
    let (pathID, topicIDs) = askPlan()
    // Taught in the language of the first learner (the patient, usually): theirs as chosen,
    // else `--lang` or the locale's, as it will be once they are the learner here.
    let language = context.shelf.language(
      for: context.languageChoice.language(for: learners[0].language))
    let session: TeachingSession
    do {
      session = try store.startTeachingSession(
        educatorName: String(educator.prefix(80)), learnerIDs: learners.map(\.id),
        bundleID: bundle.manifest.id,
        bundleVersion: bundle.manifest.version, pathID: pathID, plannedTopicIDs: topicIDs,
        relationships: relationships, language: language, at: context.clock()
      )
    } catch LearnerStoreError.sessionAlreadyOpen {
      // Another Teachback on this file started one meanwhile: carry on in that one (a store
      // holds one open session), so nothing recorded here is outside it.
      context.say(.sessionOpenElsewhere)
      resumeOpenSession()
      for (learner, identity) in identities {
        try store.addIdentity(identity, learnerID: learner.id)
      }
      return
    }
    context.teaching = TeachingContext(session: session, learners: learners)
    context.learner = learners[0]
    for (learner, identity) in identities {
      try store.addIdentity(identity, learnerID: learner.id)
    }
    if let pathID, learners.count == 1, learners[0].pathID == nil {
      try store.setPath(pathID, learnerID: learners[0].id)
      context.learner?.pathID = pathID
    }
    context.say(
      .sessionStarted(
        people: describe(learners, relationships),
        plan: StyledText(planSummary(pathID: pathID, topicIDs: topicIDs))))
    context.say(learners.count > 1 ? .sessionRecordsEveryoneInTurn : .sessionRecordsEveryone)
    context.say(.sessionHowToNote)
  }

  /// The educator's name: asked once, with the shell's educator (or the last session's) offered,
  /// so Enter keeps it.
  private func askEducator(store: LearnerStore) -> String? {
    let known =
      context.learner.flatMap { $0.role == .educator ? $0.name : nil }
      ?? (try? store.teachingSessions(limit: 1).first?.educatorName)
    var question = known.map { "Educator's name (Enter for \($0)):" } ?? "Educator's name:"
    while let typed = context.ask(StyledText(question)) {
      guard let name = typed.isEmpty ? known : String(typed.prefix(80)), !name.isEmpty else {
        return nil
      }
      if name.contains(where: { $0.isLetter || $0.isNumber }),
        !TextSanitizer.containsForbidden(name)
      {
        return name
      }
      question = "Please type the educator's name in letters, like `Ada Okafor, RN`:"
    }
    return nil
  }

  /// Who is learning: names and roles, one a line or several with commas, until an empty line.
  /// A name without a role is asked about on its own; what was typed before is never lost.
  private func askLearners(store: LearnerStore) -> ([Learner], [Int64: CaregiverRelationship]) {
    var learners: [Learner] = []
    var relationships: [Int64: CaregiverRelationship] = [:]
    var question =
      "Who is learning today? A name and role on each line, or several separated by commas "
      + "(e.g. `Rosa Martinez patient, Luis Martinez spouse`). Roles: patient, parent, spouse, "
      + "caregiver, other. An empty line when that is everyone:"
    while true {
      guard let line = context.ask(StyledText(question)) else { return ([], [:]) }
      if line.isEmpty { break }
      for entry in SessionEntry.entries(in: line) {
        let resolved: (Learner, CaregiverRelationship?)?
        do {
          resolved = try resolve(entry, store: store)
        } catch {
          context.complain(StyledText(ErrorWording.message(for: error, in: context.language)))
          context.say(StyledText("\(entry.name) is left out; type them again to add them."))
          continue
        }
        guard let (learner, relationship) = resolved else { continue }
        if learners.contains(where: { $0.id == learner.id }) {
          context.say(StyledText("\(learner.name) is on the list already."))
          continue
        }
        learners.append(learner)
        if let relationship, learner.role == .caregiver { relationships[learner.id] = relationship }
      }
      question =
        learners.isEmpty
        ? "Who is learning today? A name and role, e.g. `Rosa Martinez patient`:"
        : "So far: \(names(learners)). Anyone else? A name and role, or Enter if that is everyone:"
    }
    return (learners, relationships)
  }

  /// The learner an entry names: found by name, or added with its role, asked for when it was
  /// not typed. Nil when the educator leaves them out.
  private func resolve(_ entry: SessionEntry, store: LearnerStore) throws
    -> (Learner, CaregiverRelationship?)?
  {
    if let existing = try store.learner(named: entry.name) {
      return (existing, entry.relationship)
    }
    var entry = entry
    while entry.role == nil {
      guard
        let answer = context.ask(
          StyledText(
            "What is \(entry.name)'s role? patient, parent, spouse, caregiver, other, or "
              + "educator (Enter to leave \(entry.name) out):")),
        !answer.isEmpty
      else {
        context.say(StyledText("\(entry.name) is left out."))
        return nil
      }
      let typed = SessionEntry("\(entry.name) \(answer)")
      if typed.name == entry.name, typed.role != nil {
        entry = typed
      } else {
        context.say("That is not a role I know.")
      }
    }
    let role = entry.role ?? .patient
    // Found or added in one transaction, should another shell add the same name meanwhile.
    let learner = try store.learner(
      named: entry.name, addingAs: role, pathID: bundle.defaultPathID(for: role)
    ).learner
    return (learner, entry.relationship)
  }

  /// The plan: asked again after a word that names no path or topic, so nothing typed before
  /// is lost; Enter (or stopping) plans nothing.
  private func askPlan() -> (pathID: String?, topicIDs: [String]) {
    let paths = bundle.manifest.paths.map(\.id).joined(separator: ", ")
    var question = "What is planned? A path (\(paths)), topic ids, or Enter for none:"
    while let line = context.ask(StyledText(question)) {
      do {
        return try plan(from: line)
      } catch {
        question =
          ErrorWording.message(for: error, in: context.language)
          + " Type a path or topic ids again, or Enter for none:"
      }
    }
    return (nil, [])
  }

  private func plan(from line: String) throws -> (pathID: String?, topicIDs: [String]) {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    guard !words.isEmpty else { return (nil, []) }
    if words.count == 1, let path = bundle.path(id: words[0].lowercased()) { return (path.id, []) }
    let resolver = TopicResolver(topics: bundle.topics)
    let topicIDs = try words.map { word -> String in
      switch resolver.resolve(word) {
      case .found(let index, _): return bundle.topics[index].id
      case .notFound(let suggestion?), .sectionNotFound(_, let suggestion?):
        throw ShellError("There is no path or topic `\(word)`. Did you mean `\(suggestion)`?")
      default:
        throw ShellError("There is no path or topic `\(word)`.")
      }
    }
    return (nil, topicIDs)
  }

  private func planSummary(pathID: String?, topicIDs: [String]) -> String {
    if let pathID, let path = bundle.path(id: pathID) {
      return context.string(.sessionPlanPath(path: "\(path.title)"))
    }
    if !topicIDs.isEmpty {
      return context.string(.sessionPlanTopics(topics: "\(topicIDs.joined(separator: ", "))"))
    }
    return ""
  }

  private func describe(
    _ learners: [Learner], _ relationships: [Int64: CaregiverRelationship] = [:]
  ) -> StyledText {
    StyledText(
      ShellSession.listing(
        learners.map { learner in
          "\(learner.name) (\(relationships[learner.id]?.rawValue ?? learner.role.title(in: context.language)))"
        }, joinedBy: context.string(.listingAnd)))
  }

  private func names(_ learners: [Learner]) -> String {
    ShellSession.listing(learners.map(\.name), joinedBy: context.string(.listingAnd))
  }

  // MARK: - During

  private func showStatus() throws {
    guard let teaching = context.teaching else {
      context.say(.sessionNoneRunning)
      return
    }
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm"
    let started = formatter.string(from: teaching.session.startedAt)
    context.say(
      .sessionStatus(
        time: "\(started)", educator: "\(teaching.session.educatorName)",
        people: describe(teaching.learners, teaching.session.relationships)))
    let notes = try context.requireStore().notes(sessionID: teaching.session.id)
    context.say(.sessionNotesSoFar(count: notes.count))
  }

  func note(_ request: NoteRequest) throws {
    let store = try context.requireStore()
    guard let teaching = context.teaching else {
      throw ShellError(context.string(.noteNeedsASession))
    }
    let arguments = request.text
    guard !arguments.isEmpty else {
      throw ShellError(context.string(.noteWhat))
    }
    var text = arguments
    var about: Learner?
    if let colon = arguments.firstIndex(of: ":") {
      let rest = arguments[arguments.index(after: colon)...].trimmed
      switch NoteSubject(naming: String(arguments[..<colon]), among: teaching.learners) {
      case .learner(let learner):
        about = learner
        text = rest
      case .ambiguous(let learners):
        guard let learner = askWhich(of: learners) else {
          context.say(.noteNotSaved)
          return
        }
        about = learner
        text = rest
      case .nobody:
        break
      }
    }
    guard !text.isEmpty else {
      throw ShellError(context.string(.noteWhatAfterName))
    }
    try store.addNote(
      text, sessionID: teaching.session.id, learnerID: about?.id, at: context.clock())
    context.say(about.map { .notedAbout(name: "\($0.name)") } ?? .notedForTheSession)
  }

  /// Asks which of several learners a note is about, until a name fits one of them.
  private func askWhich(of learners: [Learner]) -> Learner? {
    var question = "Which one: \(ShellSession.listing(learners.map(\.name), joinedBy: "or"))?"
    while let typed = context.ask(StyledText(question)), !typed.isEmpty {
      if case .learner(let learner) = NoteSubject(naming: typed, among: learners) {
        return learner
      }
      question =
        "Please type the full name: \(ShellSession.listing(learners.map(\.name), joinedBy: "or"))."
    }
    return nil
  }

  // MARK: - Ending

  private func end() throws {
    let store = try context.requireStore()
    guard let teaching = context.teaching else {
      throw ShellError(context.string(.sessionNoneToEnd))
    }
    let ended = try store.endTeachingSession(teaching.session.id, at: context.clock())
    context.teaching = nil
    let record = try EducationRecord.teachingSession(
      ended, bundle: bundle, store: store, generatedAt: context.clock())
    let summary = RecordMarkdownRenderer(timeZone: .current).render(record)
    context.say()
    context.say(StyledText(MarkdownDocument(parsing: summary)))
    context.say()
    context.say(
      "Session \(ended.id) ended. To save it for the chart:\n"
        + "  report --session \(ended.id) --out FILE.html")
  }

  /// At start-up, picks up a session left open — at home only: in clinic mode the next person
  /// at the keyboard must not find someone else's session open.
  func resumeOpenSessionAtStart(announce: Bool = true) {
    guard context.accessMode == .home else { return }
    resumeOpenSession(announce: announce)
  }

  /// Picks up a session left open (after a crash or a closed window), so nothing is lost.
  func resumeOpenSession(announce: Bool = true) {
    guard let store = context.store else { return }
    do {
      guard let open = try store.openTeachingSession() else { return }
      let learners = try open.learnerIDs.compactMap { try store.learner(id: $0) }
      guard !learners.isEmpty else { return }
      context.teaching = TeachingContext(session: open, learners: learners)
      context.learner = learners[0]
      context.language = open.language
      guard announce else { return }
      context.say(
        StyledText(
          "A teaching session with \(names(learners)) is still open; it carries on. "
            + "Type `session end` when you are done.", role: .accent))
    } catch {
      context.complain(
        StyledText("The open teaching session could not be read: ", role: .warning)
          + StyledText(ErrorWording.message(for: error, in: context.language)))
    }
  }
}
