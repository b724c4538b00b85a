import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

extension ShellCommand {
  static let learner = ShellCommand(
    name: "learner", aliases: ["who", "user"],
    summary: .commandLearnerSummary,
    usage: .commandLearnerUsage,
    details: .commandLearnerDetails,
    argument: .learner,
    history: .forget,
    run: { shell, line in
      if try LearnerCommands(context: shell.context).learner(line.text) { shell.reading.reset() }
      return .succeeded
    })

  static let path = ShellCommand(
    name: "path", aliases: ["paths"],
    summary: .commandPathSummary,
    usage: .commandPathUsage,
    details: .commandPathDetails,
    argument: .path,
    run: { shell, line in
      try LearnerCommands(context: shell.context).path(line.text)
      return .succeeded
    })

  static let history = ShellCommand(
    name: "history",
    summary: .commandHistorySummary,
    usage: .commandHistoryUsage,
    run: { shell, _ in
      try LearnerCommands(context: shell.context).history()
      return .succeeded
    })

  static let forget = ShellCommand(
    name: "forget",
    summary: .commandForgetSummary,
    usage: .commandForgetUsage,
    details: .commandForgetDetails,
    argument: .topic,
    history: .forget,
    run: { shell, line in
      try LearnerCommands(context: shell.context).forget(line.text)
      return .succeeded
    })
}

/// `learner`, `path`, `history` and `forget`: who is learning, what they follow, what they did,
/// and erasing it.
struct LearnerCommands {
  let context: ShellContext

  private var bundle: ContentBundle { context.bundle }

  // MARK: - learner

  /// Shows the learners, renames the current one, or switches to (or adds) one. Returns whether
  /// the learner changed.
  func learner(_ arguments: String) throws -> Bool {
    let store = try context.requireStore()
    guard !arguments.isEmpty else {
      try showLearners(store)
      return false
    }
    if let newName = Self.renaming(arguments) {
      try rename(to: newName, in: store)
      return false
    }
    switch arguments.lowercased() {
    case "close":
      close()
      return true
    case "everyone":
      try AccessGate(context: context).requireEducator(for: "Seeing every learner")
      try showLearners(store)
      return false
    default:
      break
    }
    if let name = Self.subcommand("reset-pin", in: arguments) {
      try PINCommands(context: context).reset(name, in: store)
      return false
    }
    let gate = AccessGate(context: context)
    let (name, role) = LearnerRole.nameAndRole(arguments)
    if let problem = LearnerQuestions.problem(withName: name) {
      throw ShellError(context.string(problem))
    }
    if !gate.educatorIsHere {
      // Clinic mode: nothing about `name` is said, not even whether it is anyone's, until a
      // PIN or the passphrase is typed.
      switch try gate.unlock(name, store: store) {
      case .learnersPIN(let opened)?:
        try switchTo(opened, in: store)
        return true
      case .educatorPassphrase?:
        break
      case .wrong?:
        throw ShellError(
          "That PIN or passphrase did not match, so no records were opened. "
            + "Check it and type `learner NAME` again.")
      case nil:
        context.say("No records were opened.")
        return false
      }
    }
    if role == nil, let chosen = try learner(numbered: name, in: store) {
      try open(chosen, in: store)
      return true
    }
    if let existing = try store.learner(named: name) {
      try open(existing, in: store)
      return true
    }
    let questions = LearnerQuestions(context: context)
    if role == nil, let near = LearnerNames.nearest(to: name, among: try store.learners()) {
      context.say(
        "There is no learner called \(name). Did you mean \(StyledText(near.name, role: .strong))? "
          + "Type yes to switch to \(near.name), or no to add \(name) as a new learner.")
      switch questions.askYesOrNo() {
      case true?:
        try open(near, in: store)
        return true
      case false?:
        break
      case nil:
        context.say("No learner was added.")
        return false
      }
    }
    if role == nil, let guest = context.chosenLearner, guest.isGuest {
      context.say(
        "You have been learning as \(guest.name). Is \(name) you? Type yes to keep your progress "
          + "under the name \(name), or no to add \(name) as someone new.")
      switch questions.askYesOrNo() {
      case true?:
        try claim(guest, as: name, in: store)
        return false
      case false?:
        break
      case nil:
        context.say("No learner was added.")
        return false
      }
    }
    guard let role = role ?? questions.askRole(of: name) else {
      context.say("No learner was added.")
      return false
    }
    let pathID = bundle.defaultPathID(for: role)
    // Found or added in one transaction: another shell adding the same name meanwhile is fine.
    let (chosen, added) = try store.learner(named: name, addingAs: role, pathID: pathID)
    if added { context.say("Added \(chosen.name), \(role.title).") }
    try switchTo(chosen, in: store)
    return true
  }

  /// `learner close`: the person's turn at the keyboard is over.
  private func close() {
    guard context.teaching == nil else {
      context.say("A teaching session is running. End it first with `session end`.")
      return
    }
    let hadSomeone = context.chosenLearner != nil
    context.closeTurn()
    context.say(
      (hadSomeone ? "Your records are closed. " : "No one's records are open. ")
        + "The next person can type `learner` and their name.")
  }

  /// Opens a learner found by name or number: a learner with a PIN is asked for it first,
  /// unless they are open already or the educator (in clinic mode) opens them.
  private func open(_ chosen: Learner, in store: LearnerStore) throws {
    let gate = AccessGate(context: context)
    let mayOpenWithoutPIN =
      chosen.id == context.chosenLearner?.id || (gate.isClinic && context.educatorPresent)
    if !mayOpenWithoutPIN, try store.hasPIN(learnerID: chosen.id) {
      switch try gate.unlock(chosen.name, store: store) {
      case .learnersPIN?, .educatorPassphrase?:
        break
      case .wrong?:
        throw ShellError(
          "That PIN did not match, so \(chosen.name)'s records were not opened. "
            + "A forgotten PIN can be removed with `learner reset-pin \(chosen.name)`.")
      case nil:
        context.say("No records were opened.")
        return
      }
    }
    try switchTo(chosen, in: store)
  }

  /// The rest of `arguments` after the word `word`, or nil when they do not begin with it.
  private static func subcommand(_ word: String, in arguments: String) -> String? {
    let words = arguments.split(separator: " ", maxSplits: 1).map(String.init)
    guard words.first?.lowercased() == word else { return nil }
    return words.count > 1 ? words[1].trimmed : ""
  }

  /// The new name in `rename NEW NAME`, or nil when the arguments are not a rename. `rename`
  /// alone asks for the name.
  private static func renaming(_ arguments: String) -> String?? {
    let words = arguments.split(separator: " ", maxSplits: 1).map(String.init)
    guard words.first?.lowercased() == "rename" else { return nil }
    return .some(words.count > 1 ? words[1].trimmed : nil)
  }

  private func rename(to newName: String?, in store: LearnerStore) throws {
    let current = try context.requireLearner()
    guard let newName, !newName.isEmpty else {
      throw ShellError(
        "Rename to what? Type `learner rename` and the new name, e.g. `learner rename Maria`.")
    }
    if let problem = LearnerQuestions.problem(withName: newName) {
      throw ShellError(context.string(problem))
    }
    if let other = try store.learner(named: newName), other.id != current.id {
      guard AccessGate(context: context).educatorIsHere else {
        throw ShellError("That name cannot be used here. Choose another name.")
      }
      throw ShellError(
        "There is already a learner called \(other.name). Choose another name, or type "
          + "`learner \(other.name)` to switch to them.")
    }
    let renamed = try store.renameLearner(id: current.id, to: newName)
    context.learner = renamed
    if let teaching = context.teaching {
      context.teaching?.learners = teaching.learners.map { $0.id == renamed.id ? renamed : $0 }
    }
    context.say(
      "Done: your progress is now under the name \(StyledText(renamed.name, role: .strong)). "
        + "Everything you read and answered as \(current.name) is kept.")
  }

  /// The guest at the keyboard gives their name: the guest is renamed, keeping everything, and
  /// given the role they say (and that role's path, when they had none).
  private func claim(_ guest: Learner, as name: String, in store: LearnerStore) throws {
    guard let role = LearnerQuestions(context: context).askRole(of: nil) else {
      context.say("Nothing was changed: you are still learning as \(guest.name).")
      return
    }
    try rename(to: name, in: store)
    var current = try context.requireLearner()
    if role != current.role {
      try store.setRole(role, learnerID: current.id)
      current.role = role
    }
    if current.pathID == nil, let pathID = bundle.defaultPathID(for: role) {
      try store.setPath(pathID, learnerID: current.id)
      current.pathID = pathID
    }
    context.learner = current
  }

  /// The learner at `text`'s place (from 1) in the list `learner` shows, when `text` is a
  /// number and no learner has it as a name. A number past the end is an error.
  private func learner(numbered text: String, in store: LearnerStore) throws -> Learner? {
    guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
      return nil
    }
    if try store.learner(named: text) != nil { return nil }
    let learners = try store.learners()
    guard let number = Int(text), (1...learners.count).contains(number) else {
      throw ShellError(
        learners.isEmpty
          ? "There are no learners yet. Add one with `learner NAME`."
          : "There is no learner number \(text): there \(learners.count == 1 ? "is" : "are") "
            + "\(learners.count). Type `learner` to see them.")
    }
    return learners[number - 1]
  }

  private func showLearners(_ store: LearnerStore) throws {
    let current = context.chosenLearner
    if let current {
      context.say(
        "You are learning as \(StyledText(current.name, role: .strong)) (\(current.role.title)\(pathSuffix(current)))."
      )
    }
    guard AccessGate(context: context).educatorIsHere else {
      context.say(
        current == nil
          ? "No one's records are open. Type `learner` and your name to open yours."
          : "This computer is shared, so no one else is shown. "
            + "Type `learner close` when you are done.")
      return
    }
    let everyone = try store.learners()
    guard everyone.contains(where: { $0.id != current?.id }) else {
      context.say("No one else is learning on this computer. Add someone with `learner NAME`.")
      return
    }
    context.say("On this computer:")
    for (index, person) in everyone.enumerated() {
      context.say(
        "  \(index + 1). " + StyledText(person.name) + " (\(person.role.title))"
          + (person.id == current?.id ? StyledText(" — learning now", role: .quiet) : ""))
    }
    context.say("Switch with `learner NAME` or `learner NUMBER`.")
  }

  private func switchTo(_ newLearner: Learner, in store: LearnerStore) throws {
    context.learner = try store.markUsed(learnerID: newLearner.id, at: context.clock())
    // The educator opened someone's records and hands over the keyboard: the passphrase
    // does not stay with it.
    context.educatorPresent = false
    context.say(
      "You are now learning as \(StyledText(newLearner.name, role: .strong))\(pathSuffix(newLearner)). "
        + "Your reading and answers are saved under this name.")
  }

  private func pathSuffix(_ learner: Learner) -> String {
    guard let pathID = learner.pathID, let path = bundle.path(id: pathID) else { return "" }
    return ", path: \(path.title)"
  }

  // MARK: - path

  func path(_ arguments: String) throws {
    let paths = bundle.manifest.paths
    guard !arguments.isEmpty else {
      if let pathID = context.learner?.pathID, let path = bundle.path(id: pathID) {
        context.say("Your path: \(StyledText(path.title, role: .strong)) (`\(path.id)`).")
      } else {
        context.say("You have not chosen a path yet, so `next` goes through every topic in order.")
      }
      context.say()
      for path in paths {
        context.say("  " + StyledText(path.id, role: .accent) + " — \(path.title)")
        context.say("    " + StyledText(path.summary, role: .quiet))
      }
      context.say()
      context.say("Choose one with `path NAME`, e.g. `path \(paths.first?.id ?? "home-care")`.")
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
    let store = try context.requireStore()
    var current = try context.requireLearner()
    try store.setPath(path.id, learnerID: current.id)
    current.pathID = path.id
    context.learner = current
    context.say(
      "Your path is now \(StyledText(path.title, role: .strong)): "
        + "\(path.topicIDs.count) topics. Type `next` to begin.")
  }

  // MARK: - history and forget

  func history() throws {
    let store = try context.requireStore()
    let learner = try context.requireLearner()
    let events = try store.history(learnerID: learner.id, limit: 20)
    // What happened to the PIN, and wrong PINs typed for these records, are part of them.
    let access = try store.accessEvents(learnerID: learner.id).filter { $0.kind != .rightEntry }
    let lines = (events.map { ($0.at, describe($0)) } + access.map { ($0.at, describe($0)) })
      .enumerated().sorted { ($0.element.0, $0.offset) > ($1.element.0, $1.offset) }
      .prefix(20).map(\.element)
    guard !lines.isEmpty else {
      context.say("Nothing yet. Read a topic with `read 1`, or try a quiz.")
      return
    }
    let formatter = DateFormatter()
    formatter.dateFormat = "MMM d, HH:mm"
    context.say(StyledText("Recently, newest first", role: .strong))
    for (at, text) in lines {
      context.say("  " + StyledText(formatter.string(from: at), role: .quiet) + "  " + text)
    }
  }

  private func describe(_ event: AccessEvent) -> StyledText {
    switch event.kind {
    case .pinSet: "a PIN was set for these records"
    case .pinRemoved: "the PIN was removed"
    case .pinResetByEducator: "the PIN was removed by the educator"
    case .pinResetAtHome: "the PIN was removed after it was forgotten"
    case .wrongEntry: StyledText("a wrong PIN was typed for these records", role: .warning)
    case .rightEntry, .clinicModeOn, .clinicModeOff: "records opened"
    }
  }

  private func describe(_ event: LearnerEvent) -> StyledText {
    let topic = event.topicID.flatMap { bundle.topic(id: $0) }
    switch event.kind {
    case .topicOpened: return "opened “\(topic?.title ?? event.topicID ?? "a topic")”"
    case .sectionRead:
      let section = topic?.section(id: event.sectionID ?? "")
      return "read “\(section?.title ?? event.sectionID ?? "a section")”"
        + StyledText(topic.map { " in “\($0.title)”" } ?? "")
    case .answerGiven:
      let prompt =
        bundle.questions.first { $0.id == event.questionID }?.prompt ?? event.questionID
        ?? "a question"
      let verdict =
        event.didNotKnow == true ? "did not know" : event.isCorrect == true ? "right" : "missed"
      return "\(verdict): \(prompt)"
    }
  }

  func forget(_ arguments: String) throws {
    let store = try context.requireStore()
    guard let learner = context.learner else {
      throw ShellError("There is no learner to erase progress for.")
    }
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
        throw ShellError(
          "More than one topic fits: \(ShellSession.listing(ids.map { "`\($0)`" })).")
      }
    }
    let whose = learner.possessive(current: context.learner)
    let what =
      topic.map { "\(whose) reading and answers for “\($0.title)”" }
      ?? "all of \(whose) reading and answers"
    context.say(
      "This erases \(what). It cannot be undone. Type yes to erase, anything else to keep it.")
    guard case .line(let answer) = context.readLine(prompt: "erase? "),
      ["yes", "y"].contains(answer.trimmed.lowercased())
    else {
      context.say("Nothing was erased.")
      return
    }
    if let topic {
      _ = try store.forget(learnerID: learner.id, topicID: topic.id)
    } else {
      _ = try store.forgetAll(learnerID: learner.id)
    }
    context.say("Erased.")
  }
}

extension ContentBundle {
  /// The first path written for the role's audience, chosen for a new learner.
  func defaultPathID(for role: LearnerRole) -> String? {
    manifest.paths.first { $0.audience == role.rawValue }?.id
  }
}

extension LearnerRole {
  /// `Sam parent` → ("Sam", .caregiver); `Sam` → ("Sam", nil). A role word alone is a name.
  static func nameAndRole(_ text: String) -> (name: String, role: LearnerRole?) {
    var words = text.split(separator: " ").map(String.init)
    guard words.count > 1, let role = LearnerRole(typed: words.last!) else {
      return (words.joined(separator: " "), nil)
    }
    words.removeLast()
    return (words.joined(separator: " "), role)
  }
}
