import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Reports

extension ShellCommand {
  static let session = ShellCommand(
    name: "session",
    summary: "Run a teaching session (for nurse educators): start, end, or see it",
    usage: "session [start|end]",
    details: """
      `session start` asks for the educator's name, who is learning (names and roles,
      e.g. `Sam parent, Alex patient`) and the plan (a path or topics).
      While it runs, reading is recorded for everyone present, quizzes ask each learner
      in turn, and `note TEXT` records observations (`note Sam: needs glasses`).
      `session end` prints the summary for the chart; `report` writes it to a file.
      """,
    argument: .words(["start", "end", "status"]),
    history: .forget,
    run: { shell, line in
      try TeachingCommands(context: shell.context).run(SessionRequest(line))
      return .succeeded
    })

  static let note = ShellCommand(
    name: "note",
    summary: "Record an observation in the teaching session",
    usage: "note [NAME:] TEXT",
    details: "For example `note needs glasses` or `note Sam: prefers Spanish`.",
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
        "A session with \(names(teaching.learners)) is already running. End it with `session end`.")
    }
    guard let educator = context.ask("Educator's name:"), !educator.isEmpty else {
      context.say("No session was started.")
      return
    }
    guard
      let learnersLine = context.ask(
        "Who is learning today? Names and roles, separated by commas (e.g. `Sam parent, Alex patient`):"
      )
    else {
      context.say("No session was started.")
      return
    }
    let learners = try learnersForSession(learnersLine, store: store)
    let paths = bundle.manifest.paths.map(\.id).joined(separator: ", ")
    let planLine =
      context.ask("What is planned? A path (\(paths)), topic ids, or Enter for none:") ?? ""
    let (pathID, topicIDs) = try plan(from: planLine)
    let session = try store.startTeachingSession(
      educatorName: String(educator.prefix(80)), learnerIDs: learners.map(\.id),
      bundleID: bundle.manifest.id,
      bundleVersion: bundle.manifest.version, pathID: pathID, plannedTopicIDs: topicIDs,
      at: context.clock()
    )
    context.teaching = TeachingContext(session: session, learners: learners)
    context.learner = learners[0]
    if let pathID, learners.count == 1, learners[0].pathID == nil {
      try store.setPath(pathID, learnerID: learners[0].id)
      context.learner?.pathID = pathID
    }
    context.say(
      "Session started with \(describe(learners))"
        + StyledText(planSummary(pathID: pathID, topicIDs: topicIDs)) + ".")
    context.say(
      "Reading is recorded for everyone here"
        + (learners.count > 1 ? "; quizzes ask each learner in turn." : "."))
    context.say(
      "Type `note TEXT` to record an observation, and `session end` to finish with a summary.")
  }

  private func learnersForSession(_ line: String, store: LearnerStore) throws -> [Learner] {
    var learners: [Learner] = []
    for entry in line.split(separator: ",").map({ $0.trimmed }).filter({ !$0.isEmpty }) {
      let (name, role) = LearnerRole.nameAndRole(entry)
      if let existing = try store.learner(named: name) {
        learners.append(existing)
        continue
      }
      guard let role else {
        throw ShellError(
          "Please give \(name)'s role after the name: patient, parent or educator. For example `\(name) parent`."
        )
      }
      let pathID = bundle.defaultPathID(for: role)
      learners.append(try store.addLearner(name: name, role: role, pathID: pathID))
    }
    guard !learners.isEmpty else { throw ShellError("A session needs at least one learner.") }
    return learners
  }

  private func plan(from line: String) throws -> (pathID: String?, topicIDs: [String]) {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    guard !words.isEmpty else { return (nil, []) }
    if words.count == 1, let path = bundle.path(id: words[0].lowercased()) { return (path.id, []) }
    let resolver = TopicResolver(topics: bundle.topics)
    let topicIDs = try words.map { word -> String in
      guard case .found(let index, _) = resolver.resolve(word) else {
        throw ShellError(
          "There is no path or topic `\(word)`. Type `path` or `topics` to see them.")
      }
      return bundle.topics[index].id
    }
    return (nil, topicIDs)
  }

  private func planSummary(pathID: String?, topicIDs: [String]) -> String {
    if let pathID, let path = bundle.path(id: pathID) { return ", path: \(path.title)" }
    if !topicIDs.isEmpty { return ", topics: " + topicIDs.joined(separator: ", ") }
    return ""
  }

  private func describe(_ learners: [Learner]) -> StyledText {
    StyledText(
      ShellSession.listing(learners.map { "\($0.name) (\($0.role.title))" }, joinedBy: "and"))
  }

  private func names(_ learners: [Learner]) -> String {
    ShellSession.listing(learners.map(\.name), joinedBy: "and")
  }

  // MARK: - During

  private func showStatus() throws {
    guard let teaching = context.teaching else {
      context.say("No teaching session is running. Educators can start one with `session start`.")
      return
    }
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm"
    let started = formatter.string(from: teaching.session.startedAt)
    context.say(
      "Session started at \(started) by \(teaching.session.educatorName), "
        + "with \(describe(teaching.learners)).")
    let notes = try context.requireStore().notes(sessionID: teaching.session.id)
    context.say(
      "\(notes.count) note\(notes.count == 1 ? "" : "s") so far. `session end` finishes it.")
  }

  func note(_ request: NoteRequest) throws {
    let store = try context.requireStore()
    guard let teaching = context.teaching else {
      throw ShellError("Notes belong to a teaching session. Start one with `session start`.")
    }
    let arguments = request.text
    guard !arguments.isEmpty else {
      throw ShellError("Write the note after `note`, e.g. `note needs glasses`.")
    }
    var text = arguments
    var about: Learner?
    if let colon = arguments.firstIndex(of: ":") {
      let name = arguments[..<colon].trimmed
      if let match = teaching.learners.first(where: { $0.name.lowercased() == name.lowercased() }) {
        about = match
        text = arguments[arguments.index(after: colon)...].trimmed
      }
    }
    try store.addNote(
      text, sessionID: teaching.session.id, learnerID: about?.id, at: context.clock())
    context.say("Noted" + StyledText(about.map { " about \($0.name)" } ?? "") + ".")
  }

  // MARK: - Ending

  private func end() throws {
    let store = try context.requireStore()
    guard let teaching = context.teaching else {
      throw ShellError("No teaching session is running.")
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
        + "  report --session \(ended.id) --format html --out FILE")
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
      guard announce else { return }
      context.say(
        StyledText(
          "A teaching session with \(names(learners)) is still open; it carries on. "
            + "Type `session end` when you are done.", role: .accent))
    } catch {
      context.complain(
        StyledText("The open teaching session could not be read: ", role: .warning)
          + StyledText(ErrorWording.message(for: error)))
    }
  }
}
