import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

extension ShellCommand {
  static let learner = ShellCommand(
    name: "learner", aliases: ["who", "user"],
    summary: "See who is learning, switch learner, or add one",
    usage: "learner [NAME [ROLE]]",
    details: """
      `learner` shows who is learning now and who else is on this computer.
      `learner Sam` switches to Sam, or adds Sam (you will be asked the role).
      Roles: patient, parent (or caregiver), educator.
      """,
    argument: .learner,
    history: .forget,
    run: { shell, arguments in
      try shell.runLearnerCommand(arguments)
      return .succeeded
    })

  static let path = ShellCommand(
    name: "path", aliases: ["paths"],
    summary: "See or choose your learning path",
    usage: "path [NAME]",
    details: "A path is an ordered list of topics for one kind of reader. `next` follows it.",
    argument: .path,
    run: { shell, arguments in
      try shell.runPathCommand(arguments)
      return .succeeded
    })

  static let history = ShellCommand(
    name: "history",
    summary: "See what you did recently",
    usage: "history",
    run: { shell, _ in
      try shell.showHistory()
      return .succeeded
    })

  static let forget = ShellCommand(
    name: "forget",
    summary: "Erase your progress on a topic, or all of it",
    usage: "forget TOPIC|all",
    details: "Asks before erasing. What is erased cannot be brought back.",
    argument: .topic,
    history: .forget,
    run: { shell, arguments in
      try shell.runForget(arguments)
      return .succeeded
    })
}

extension ShellSession {
  // MARK: - learner

  fileprivate func runLearnerCommand(_ arguments: String) throws {
    let store = try requireStore()
    guard !arguments.isEmpty else {
      showLearners(store)
      return
    }
    let (name, role) = nameAndRole(arguments)
    guard (1...40).contains(name.count),
      name.allSatisfy({ $0.isLetter || $0.isNumber || " '-.".contains($0) })
    else {
      throw ShellError("A learner's name can have letters, numbers, spaces, ' - and . (up to 40).")
    }
    if let existing = try store.learner(named: name) {
      switchTo(existing)
      return
    }
    guard let role = role ?? askRole(for: name) else {
      say("No learner was added.")
      return
    }
    let pathID = defaultPathID(for: role)
    let added = try store.addLearner(name: name, role: role, pathID: pathID)
    say("Added \(added.name), \(role.title).")
    switchTo(added)
  }

  /// The first path written for the role's audience, chosen for a new learner.
  func defaultPathID(for role: LearnerRole) -> String? {
    bundle.manifest.paths.first { $0.audience == role.rawValue }?.id
  }

  /// `Sam parent` → ("Sam", .caregiver); `Sam` → ("Sam", nil). A role word alone is a name.
  func nameAndRole(_ text: String) -> (name: String, role: LearnerRole?) {
    var words = text.split(separator: " ").map(String.init)
    guard words.count > 1, let role = LearnerRole(typed: words.last!) else {
      return (words.joined(separator: " "), nil)
    }
    words.removeLast()
    return (words.joined(separator: " "), role)
  }

  private func showLearners(_ store: LearnerStore) {
    if let learner {
      say(
        "You are learning as \(styler.bold(learner.name)) (\(learner.role.title)\(pathSuffix(learner)))."
      )
    }
    let others = ((try? store.learners()) ?? []).filter { $0.id != learner?.id }
    if others.isEmpty {
      say("No one else is learning on this computer. Add someone with `learner NAME`.")
    } else {
      say(
        "Also on this computer: "
          + Self.listing(others.map { "\($0.name) (\($0.role.title))" }, joinedBy: "and") + ".")
      say("Switch with `learner NAME`.")
    }
  }

  private func switchTo(_ newLearner: Learner) {
    learner = newLearner
    position = nil
    say(
      "Now learning as \(styler.bold(newLearner.name))\(pathSuffix(newLearner)). Progress is saved for them."
    )
  }

  private func pathSuffix(_ learner: Learner) -> String {
    guard let pathID = learner.pathID, let path = bundle.path(id: pathID) else { return "" }
    return ", path: \(TextSanitizer.sanitize(path.title))"
  }

  private func askRole(for name: String) -> LearnerRole? {
    say("Is \(name) a patient, a parent or caregiver, or a nurse educator?")
    while true {
      switch reader.readLine(prompt: reader.isInteractive ? "patient, parent or educator> " : "") {
      case .line(let line):
        let typed = TextSanitizer.sanitize(line).trimmed
        if typed.isEmpty { continue }
        if let role = LearnerRole(typed: typed) { return role }
        if ["stop", "cancel", "quit"].contains(typed.lowercased()) { return nil }
        say("Please type patient, parent or educator (or `stop`).")
      case .interrupted, .endOfInput, .terminated:
        return nil
      }
    }
  }

  // MARK: - path

  fileprivate func runPathCommand(_ arguments: String) throws {
    let paths = bundle.manifest.paths
    guard !arguments.isEmpty else {
      if let pathID = learner?.pathID, let path = bundle.path(id: pathID) {
        say("Your path: \(styler.bold(TextSanitizer.sanitize(path.title))) (`\(path.id)`).")
      } else {
        say("You have not chosen a path yet, so `next` goes through every topic in order.")
      }
      say()
      for path in paths {
        say("  " + styler.accent(path.id) + " — " + TextSanitizer.sanitize(path.title))
        say("    " + styler.dim(TextSanitizer.sanitize(path.summary)))
      }
      say()
      say("Choose one with `path NAME`, e.g. `path \(paths.first?.id ?? "home-care")`.")
      return
    }
    let query = arguments.lowercased()
    let matches =
      paths.filter { $0.id == query } + paths.filter { $0.id != query && $0.id.hasPrefix(query) }
    guard let path = matches.first, matches.count == 1 || matches[0].id == query else {
      let hint =
        EditDistance.closest(to: query, among: paths.map(\.id)).map { " Did you mean `\($0)`?" }
        ?? " Type `path` to see them."
      throw ShellError("There is no path `\(arguments)`.\(hint)")
    }
    let store = try requireStore()
    guard var current = learner else {
      throw ShellError("Choose a learner first with `learner NAME`.")
    }
    try store.setPath(path.id, learnerID: current.id)
    current.pathID = path.id
    learner = current
    say(
      "Your path is now \(styler.bold(TextSanitizer.sanitize(path.title))): "
        + "\(path.topicIDs.count) topics. Type `next` to begin.")
  }

  // MARK: - history and forget

  fileprivate func showHistory() throws {
    let store = try requireStore()
    guard let learner else { throw ShellError("Choose a learner first with `learner NAME`.") }
    let events = try store.history(learnerID: learner.id, limit: 20)
    guard !events.isEmpty else {
      say("Nothing yet. Read a topic with `read 1`, or try a quiz.")
      return
    }
    let formatter = DateFormatter()
    formatter.dateFormat = "MMM d, HH:mm"
    say(styler.bold("Recently, newest first"))
    for event in events {
      say("  " + styler.dim(formatter.string(from: event.at)) + "  " + describe(event))
    }
  }

  private func describe(_ event: LearnerEvent) -> String {
    let topicTitle = event.topicID.flatMap { bundle.topic(id: $0) }.map {
      TextSanitizer.sanitize($0.title)
    }
    switch event.kind {
    case .topicOpened: return "opened “\(topicTitle ?? event.topicID ?? "a topic")”"
    case .sectionRead:
      let section = event.topicID.flatMap { bundle.topic(id: $0) }?.section(
        id: event.sectionID ?? "")
      return
        "read “\(section.map { TextSanitizer.sanitize($0.title) } ?? event.sectionID ?? "a section")”"
        + (topicTitle.map { " in “\($0)”" } ?? "")
    case .answerGiven:
      let prompt =
        bundle.questions.first { $0.id == event.questionID }.map {
          TextSanitizer.sanitize($0.prompt)
        }
        ?? event.questionID ?? "a question"
      let verdict = event.isCorrect == true ? "right" : "missed"
      return "\(verdict): \(prompt)"
    }
  }

  fileprivate func runForget(_ arguments: String) throws {
    let store = try requireStore()
    guard let learner else { throw ShellError("There is no learner to erase progress for.") }
    guard !arguments.isEmpty else {
      throw ShellError("Forget what? Type `forget TOPIC` for one topic, or `forget all`.")
    }
    let topic: Topic?
    if arguments.lowercased() == "all" {
      topic = nil
    } else {
      switch TopicResolver(topics: bundle.topics).resolve(arguments) {
      case .found(let index, _): topic = bundle.topics[index]
      case .notFound(let suggestion), .sectionNotFound(_, let suggestion):
        throw ShellError(
          "There is no topic `\(arguments)`." + (suggestion.map { " Did you mean `\($0)`?" } ?? ""))
      case .ambiguous(let ids):
        throw ShellError("More than one topic fits: \(Self.listing(ids.map { "`\($0)`" })).")
      }
    }
    let what =
      topic.map {
        "\(learner.name)'s reading and answers for “\(TextSanitizer.sanitize($0.title))”"
      }
      ?? "all of \(learner.name)'s reading and answers"
    say("This erases \(what). It cannot be undone. Type yes to erase, anything else to keep it.")
    guard case .line(let answer) = reader.readLine(prompt: reader.isInteractive ? "erase? " : ""),
      ["yes", "y"].contains(answer.trimmed.lowercased())
    else {
      say("Nothing was erased.")
      return
    }
    if let topic {
      _ = try store.forget(learnerID: learner.id, topicID: topic.id)
    } else {
      _ = try store.forgetAll(learnerID: learner.id)
    }
    say("Erased.")
  }

  func requireStore() throws -> LearnerStore {
    guard let store else {
      throw ShellError(
        "Progress is not being saved this time, so there is nothing to show or change.")
    }
    return store
  }
}
