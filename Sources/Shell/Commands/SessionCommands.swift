import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Reports

/// An educator's teaching session in progress: who is here, and the store's record of it.
struct TeachingContext {
  var session: TeachingSession
  var learners: [Learner]
}

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
    run: { shell, arguments in
      switch arguments.lowercased() {
      case "start": try shell.startTeachingSession()
      case "end", "stop", "finish": try shell.endTeachingSession()
      case "", "status": shell.showTeachingSession()
      default: throw ShellError("Type `session start`, `session end`, or `session` to see it.")
      }
      return .succeeded
    })

  static let note = ShellCommand(
    name: "note",
    summary: "Record an observation in the teaching session",
    usage: "note [NAME:] TEXT",
    details: "For example `note needs glasses` or `note Sam: prefers Spanish`.",
    history: .forget,
    run: { shell, arguments in
      try shell.addNote(arguments)
      return .succeeded
    })
}

extension ShellSession {
  // MARK: - Starting

  func startTeachingSession() throws {
    let store = try requireStore()
    if let teaching {
      throw ShellError(
        "A session with \(names(teaching.learners)) is already running. End it with `session end`.")
    }
    guard let educator = ask("Educator's name:"), !educator.isEmpty else {
      say("No session was started.")
      return
    }
    guard
      let learnersLine = ask(
        "Who is learning today? Names and roles, separated by commas (e.g. `Sam parent, Alex patient`):"
      )
    else {
      say("No session was started.")
      return
    }
    let learners = try learnersForSession(learnersLine, store: store)
    let planLine =
      ask(
        "What is planned? A path (\(bundle.manifest.paths.map(\.id).joined(separator: ", "))), topic ids, or Enter for none:"
      ) ?? ""
    let (pathID, topicIDs) = try plan(from: planLine)
    let session = try store.startTeachingSession(
      educatorName: String(educator.prefix(80)), learnerIDs: learners.map(\.id),
      bundleID: bundle.manifest.id,
      bundleVersion: bundle.manifest.version, pathID: pathID, plannedTopicIDs: topicIDs, at: clock()
    )
    teaching = TeachingContext(session: session, learners: learners)
    learner = learners[0]
    if let pathID, learners.count == 1, learners[0].pathID == nil {
      try? store.setPath(pathID, learnerID: learners[0].id)
      learner?.pathID = pathID
    }
    say(
      "Session started with \(describe(learners))" + planSummary(pathID: pathID, topicIDs: topicIDs)
        + ".")
    say(
      "Reading is recorded for everyone here"
        + (learners.count > 1 ? "; quizzes ask each learner in turn." : "."))
    say("Type `note TEXT` to record an observation, and `session end` to finish with a summary.")
  }

  private func ask(_ question: String) -> String? {
    say(question)
    while true {
      switch reader.readLine(prompt: reader.isInteractive ? "> " : "") {
      case .line(let line):
        let answer = TextSanitizer.sanitize(line).trimmed
        if ["stop", "cancel"].contains(answer.lowercased()) { return nil }
        return answer
      case .interrupted, .endOfInput, .terminated:
        return nil
      }
    }
  }

  private func learnersForSession(_ line: String, store: LearnerStore) throws -> [Learner] {
    var learners: [Learner] = []
    for entry in line.split(separator: ",").map({ $0.trimmed }).filter({ !$0.isEmpty }) {
      let (name, role) = nameAndRole(entry)
      if let existing = try store.learner(named: name) {
        learners.append(existing)
        continue
      }
      guard let role else {
        throw ShellError(
          "Please give \(name)'s role after the name: patient, parent or educator. For example `\(name) parent`."
        )
      }
      let pathID = defaultPathID(for: role)
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
    if let pathID, let path = bundle.path(id: pathID) {
      return ", path: \(TextSanitizer.sanitize(path.title))"
    }
    if !topicIDs.isEmpty { return ", topics: " + topicIDs.joined(separator: ", ") }
    return ""
  }

  func describe(_ learners: [Learner]) -> String {
    Self.listing(learners.map { "\($0.name) (\($0.role.title))" }, joinedBy: "and")
  }

  func names(_ learners: [Learner]) -> String {
    Self.listing(learners.map(\.name), joinedBy: "and")
  }

  // MARK: - During

  func showTeachingSession() {
    guard let teaching else {
      say("No teaching session is running. Educators can start one with `session start`.")
      return
    }
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm"
    say(
      "Session started at \(formatter.string(from: teaching.session.startedAt)) by \(teaching.session.educatorName), "
        + "with \(describe(teaching.learners)).")
    let notes = (try? store?.notes(sessionID: teaching.session.id)) ?? []
    say("\(notes.count) note\(notes.count == 1 ? "" : "s") so far. `session end` finishes it.")
  }

  fileprivate func addNote(_ arguments: String) throws {
    let store = try requireStore()
    guard let teaching else {
      throw ShellError("Notes belong to a teaching session. Start one with `session start`.")
    }
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
    try store.addNote(text, sessionID: teaching.session.id, learnerID: about?.id, at: clock())
    say("Noted" + (about.map { " about \($0.name)" } ?? "") + ".")
  }

  // MARK: - Ending

  func endTeachingSession() throws {
    let store = try requireStore()
    guard let teaching else { throw ShellError("No teaching session is running.") }
    let ended = try store.endTeachingSession(teaching.session.id, at: clock())
    self.teaching = nil
    let record = try educationRecord(for: ended, learners: teaching.learners, store: store)
    let summary = RecordMarkdownRenderer(timeZone: .current).render(record)
    say()
    output.write(render(MarkdownDocument(parsing: summary)).withTrailingNewline)
    say()
    say(
      "Session \(ended.id) ended. To save it for the chart:\n"
        + "  report --session \(ended.id) --format html --out FILE")
  }

  /// The education record of a session, from the store.
  func educationRecord(for session: TeachingSession, learners: [Learner], store: LearnerStore)
    throws
    -> EducationRecord
  {
    let notes = try store.notes(sessionID: session.id).map { note -> RecordNote in
      let who = note.learnerID.flatMap { id in learners.first { $0.id == id } }
      return RecordNote(at: note.at, text: (who.map { "\($0.name): " } ?? "") + note.text)
    }
    let info = SessionInfo(
      id: String(session.id), educatorName: session.educatorName, startedAt: session.startedAt,
      endedAt: session.endedAt, pathID: session.pathID, topicIDs: session.plannedTopicIDs,
      notes: notes)
    return EducationRecord(
      bundle: bundle,
      learners: try learners.map { try activity(of: $0, store: store, sessionID: session.id) },
      session: info, generatedAt: clock())
  }

  func activity(of learner: Learner, store: LearnerStore, sessionID: Int64?) throws
    -> LearnerActivity
  {
    let redFlags = Set(bundle.questions.filter(\.isRedFlag).map(\.id))
    return LearnerActivity(
      learner: learner,
      sectionsRead: try store.sectionsRead(learnerID: learner.id, bundleID: bundle.manifest.id),
      memory: try store.memory(learnerID: learner.id, bundleID: bundle.manifest.id),
      attempts: try store.attempts(
        learnerID: learner.id, bundleID: bundle.manifest.id, sessionID: sessionID,
        redFlagQuestionIDs: redFlags))
  }

  /// Picks up a session left open (after a crash or a closed window), so nothing is lost.
  func resumeOpenTeachingSession(announce: Bool = true) {
    guard let store, let open = try? store.openTeachingSession() else { return }
    let learners = open.learnerIDs.compactMap { try? store.learner(id: $0) }
    guard !learners.isEmpty else { return }
    teaching = TeachingContext(session: open, learners: learners)
    learner = learners[0]
    guard announce else { return }
    say(
      styler.accent(
        "A teaching session with \(names(learners)) is still open; it carries on. "
          + "Type `session end` when you are done."))
  }
}
