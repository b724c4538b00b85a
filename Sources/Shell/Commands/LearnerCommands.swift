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
      try AccessGate(context: context).requireEducator(for: .gateWhatSeeingEveryone)
      try showLearners(store)
      return false
    default:
      break
    }
    if let setting = Self.languageSetting(arguments) {
      try setLanguage(setting.code, of: setting.name, in: store)
      return false
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
        throw ShellError(context.string(.learnerWrongPINOrPassphrase))
      case nil:
        context.say(.learnerNoRecordsOpened)
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
        .learnerDidYouMean(
          name: "\(name)", near: StyledText(near.name, role: .strong), nearName: "\(near.name)"))
      switch questions.askYesOrNo() {
      case true?:
        try open(near, in: store)
        return true
      case false?:
        break
      case nil:
        context.say(.learnerNoneAdded)
        return false
      }
    }
    if role == nil, let guest = context.chosenLearner, guest.isGuest {
      context.say(.learnerIsTheGuestYou(guest: "\(guest.name)", name: "\(name)"))
      switch questions.askYesOrNo() {
      case true?:
        try claim(guest, as: name, in: store)
        return false
      case false?:
        break
      case nil:
        context.say(.learnerNoneAdded)
        return false
      }
    }
    guard let role = role ?? questions.askRole(of: name) else {
      context.say(.learnerNoneAdded)
      return false
    }
    let pathID = bundle.defaultPathID(for: role)
    // Found or added in one transaction: another shell adding the same name meanwhile is fine.
    let (chosen, added) = try store.learner(named: name, addingAs: role, pathID: pathID)
    if added {
      context.say(
        .learnerAdded(name: "\(chosen.name)", role: "\(role.title(in: context.language))"))
    }
    try switchTo(chosen, in: store)
    return true
  }

  /// `learner close`: the person's turn at the keyboard is over.
  private func close() {
    guard context.teaching == nil else {
      context.say(.learnerCloseDuringSession)
      return
    }
    let hadSomeone = context.chosenLearner != nil
    context.closeTurn()
    context.say(hadSomeone ? .learnerClosed : .learnerCloseNobodyOpen)
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
        throw ShellError(context.string(.learnerWrongPIN(name: "\(chosen.name)")))
      case nil:
        context.say(.learnerNoRecordsOpened)
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
      throw ShellError(context.string(.learnerRenameToWhat))
    }
    if let problem = LearnerQuestions.problem(withName: newName) {
      throw ShellError(context.string(problem))
    }
    if let other = try store.learner(named: newName), other.id != current.id {
      guard AccessGate(context: context).educatorIsHere else {
        throw ShellError(context.string(.learnerNameCannotBeUsed))
      }
      throw ShellError(context.string(.learnerNameTaken(name: "\(other.name)")))
    }
    let renamed = try store.renameLearner(id: current.id, to: newName)
    context.learner = renamed
    if let teaching = context.teaching {
      context.teaching?.learners = teaching.learners.map { $0.id == renamed.id ? renamed : $0 }
    }
    context.say(
      .learnerRenamed(name: StyledText(renamed.name, role: .strong), before: "\(current.name)"))
  }

  /// The guest at the keyboard gives their name: the guest is renamed, keeping everything, and
  /// given the role they say (and that role's path, when they had none).
  private func claim(_ guest: Learner, as name: String, in store: LearnerStore) throws {
    guard let role = LearnerQuestions(context: context).askRole(of: nil) else {
      context.say(.learnerStillGuest(name: "\(guest.name)"))
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
        context.string(
          learners.isEmpty
            ? .learnerNoneYet : .learnerNoSuchNumber(count: learners.count, number: "\(text)")))
    }
    return learners[number - 1]
  }

  private func showLearners(_ store: LearnerStore) throws {
    let current = context.chosenLearner
    if let current {
      context.say(
        .learnerYouAre(
          name: StyledText(current.name, role: .strong),
          role: "\(current.role.title(in: context.language))\(pathSuffix(current))"))
    }
    guard AccessGate(context: context).educatorIsHere else {
      context.say(current == nil ? .learnerNobodyOpen : .learnerSharedComputer)
      return
    }
    let everyone = try store.learners()
    guard everyone.contains(where: { $0.id != current?.id }) else {
      context.say(.learnerNoOneElse)
      return
    }
    context.say(.learnerOnThisComputer)
    for (index, person) in everyone.enumerated() {
      context.say(
        "  \(index + 1). " + StyledText(person.name)
          + " (\(person.role.title(in: context.language)))"
          + (person.id == current?.id
            ? " " + context.words(.learnerLearningNow).styled(.quiet) : ""))
    }
    context.say(.learnerHowToSwitch)
  }

  private func switchTo(_ newLearner: Learner, in store: LearnerStore) throws {
    let opened = try store.markUsed(learnerID: newLearner.id, at: context.clock())
    context.learner = LanguageQuestion(context: context).chosen(by: opened, in: store)
    // The educator opened someone's records and hands over the keyboard: the passphrase
    // does not stay with it.
    context.educatorPresent = false
    context.say(
      .learnerSwitched(
        name: StyledText(newLearner.name, role: .strong), path: "\(pathSuffix(newLearner))"))
  }

  // MARK: - language

  /// `language CODE` (the learner here), `NAME language CODE` (someone else); without a code,
  /// the language is shown, or asked at the keyboard.
  static func languageSetting(_ arguments: String) -> (name: String?, code: String?)? {
    let words = arguments.split(separator: " ").map(String.init)
    guard let at = words.lastIndex(where: { $0.lowercased() == "language" }),
      at >= words.count - 2
    else { return nil }
    let name = words[..<at].joined(separator: " ")
    return (name.isEmpty ? nil : name, at + 1 < words.count ? words[at + 1] : nil)
  }

  private func setLanguage(_ code: String?, of name: String?, in store: LearnerStore) throws {
    let learner: Learner
    if let name, name.lowercased() != context.chosenLearner?.name.lowercased() {
      try AccessGate(context: context).requireEducator(for: .gateWhatSettingALanguage)
      guard let named = try store.learner(named: name) else {
        throw ShellError(context.string(.learnerNoSuchName(name: "\(name)")))
      }
      learner = named
    } else {
      learner = try context.requireLearner()
    }
    let isHere = learner.id == context.chosenLearner?.id
    let question = LanguageQuestion(context: context)
    let language: Language
    if let code {
      guard let known = Language(code: code) else {
        throw ShellError(context.string(.languageUnknownCode))
      }
      language = known
    } else if isHere, question.canAsk, let asked = question.ask() {
      language = asked
    } else {
      let current = languageName(of: learner.language ?? context.languageChoice.language(for: nil))
      context.say(
        isHere
          ? .languageYours(language: current)
          : .languageTheirs(name: "\(learner.name)", language: current))
      return
    }
    try store.setLanguage(language, learnerID: learner.id)
    if isHere {
      var updated = learner
      updated.language = language
      context.learner = updated
      context.say(.languageFromNow(language: languageName(of: language)))
    } else {
      context.say(.languageTheyWill(name: "\(learner.name)", language: languageName(of: language)))
    }
    if !context.shelf.languages.contains(language) {
      context.say(.languageContentOnlyIn(language: languageName(of: context.shelf.languages[0])))
    }
  }

  /// A language's name in the shell's language ("Spanish", "español").
  private func languageName(of language: Language) -> StyledText {
    context.words(language == .spanish ? .languageNameSpanish : .languageNameEnglish)
  }

  private func pathSuffix(_ learner: Learner) -> String {
    guard let pathID = learner.pathID, let path = bundle.path(id: pathID) else { return "" }
    return context.string(.learnerPathSuffix(path: "\(path.title)"))
  }

  // MARK: - path

  func path(_ arguments: String) throws {
    let paths = bundle.manifest.paths
    guard !arguments.isEmpty else {
      if let pathID = context.learner?.pathID, let path = bundle.path(id: pathID) {
        context.say(.pathYours(title: StyledText(path.title, role: .strong), id: "\(path.id)"))
      } else {
        context.say(.pathNoneChosen)
      }
      context.say()
      for path in paths {
        context.say("  " + StyledText(path.id, role: .accent) + " — \(path.title)")
        context.say("    " + StyledText(path.summary, role: .quiet))
      }
      context.say()
      context.say(.pathHowToChoose(example: "\(paths.first?.id ?? "home-care")"))
      return
    }
    let query = arguments.lowercased()
    let matches =
      paths.filter { $0.id == query } + paths.filter { $0.id != query && $0.id.hasPrefix(query) }
    guard let path = matches.first, matches.count == 1 || matches[0].id == query else {
      throw ShellError(
        context.string(
          EditDistance.closest(to: query, among: paths.map(\.id)).map {
            .pathNoSuchDidYouMean(path: "\(arguments)", suggestion: "\($0)")
          } ?? .pathNoSuch(path: "\(arguments)")))
    }
    let store = try context.requireStore()
    var current = try context.requireLearner()
    try store.setPath(path.id, learnerID: current.id)
    current.pathID = path.id
    context.learner = current
    context.say(
      .pathChosen(count: path.topicIDs.count, title: StyledText(path.title, role: .strong)))
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
      context.say(.historyNothingYet)
      return
    }
    let formatter = DateFormatter()
    formatter.dateFormat = "MMM d, HH:mm"
    if context.language != .english {
      formatter.locale = Locale(identifier: context.language.rawValue)
    }
    context.say(context.words(.historyHeading).styled(.strong))
    for (at, text) in lines {
      context.say("  " + StyledText(formatter.string(from: at), role: .quiet) + "  " + text)
    }
  }

  private func describe(_ event: AccessEvent) -> StyledText {
    switch event.kind {
    case .pinSet: context.words(.historyPINSet)
    case .pinRemoved: context.words(.historyPINRemoved)
    case .pinResetByEducator: context.words(.historyPINResetByEducator)
    case .pinResetAtHome: context.words(.historyPINResetAtHome)
    case .wrongEntry: context.words(.historyWrongPIN).styled(.warning)
    case .rightEntry, .clinicModeOn, .clinicModeOff: context.words(.historyRecordsOpened)
    }
  }

  private func describe(_ event: LearnerEvent) -> StyledText {
    let topic = event.topicID.flatMap { bundle.topic(id: $0) }
    switch event.kind {
    case .topicOpened:
      return context.words(
        .historyOpened(topic: "\(topic?.title ?? event.topicID ?? context.string(.historyATopic))"))
    case .sectionRead:
      let section = StyledText(
        topic?.section(id: event.sectionID ?? "")?.title ?? event.sectionID
          ?? context.string(.historyASection))
      return context.words(
        topic.map { .historyReadIn(section: section, topic: "\($0.title)") }
          ?? .historyRead(section: section))
    case .answerGiven:
      let prompt =
        bundle.questions.first { $0.id == event.questionID }?.prompt ?? event.questionID
        ?? context.string(.historyAQuestion)
      let verdict: ShellMessage =
        event.didNotKnow == true
        ? .historyDidNotKnow : event.isCorrect == true ? .historyRight : .historyMissed
      return context.words(verdict) + ": \(prompt)"
    }
  }

  func forget(_ arguments: String) throws {
    let store = try context.requireStore()
    guard let learner = context.learner else {
      throw ShellError(context.string(.forgetNoLearner))
    }
    guard !arguments.isEmpty else {
      throw ShellError(context.string(.forgetWhat))
    }
    let topic: Topic?
    if arguments.lowercased() == "all" {
      topic = nil
    } else {
      switch TopicResolver(topics: bundle.topics).resolve(arguments) {
      case .found(let index, _): topic = bundle.topics[index]
      case .notFound(let suggestion), .sectionNotFound(_, let suggestion):
        throw ShellError(
          context.string(
            suggestion.map { .forgetNoTopicDidYouMean(topic: "\(arguments)", suggestion: "\($0)") }
              ?? .forgetNoTopic(topic: "\(arguments)")))
      case .ambiguous(let ids):
        let choices = ShellSession.listing(
          ids.map { "`\($0)`" }, joinedBy: context.string(.listingOr))
        throw ShellError(context.string(.forgetAmbiguous(choices: "\(choices)")))
      }
    }
    let name = StyledText(learner.name)
    let yours = learner.id == context.learner?.id
    let what: ShellMessage =
      switch (topic.map { StyledText($0.title) }, yours) {
      case (let title?, true): .forgetWhatYoursTopic(topic: title)
      case (let title?, false): .forgetWhatTheirsTopic(name: name, topic: title)
      case (nil, true): .forgetWhatYoursAll
      case (nil, false): .forgetWhatTheirsAll(name: name)
      }
    context.say(.forgetConfirm(what: context.words(what)))
    guard case .line(let answer) = context.readLine(prompt: context.words(.forgetPrompt)),
      ["yes", "y", "sí", "si"].contains(answer.trimmed.lowercased())
    else {
      context.say(.forgetNothingErased)
      return
    }
    if let topic {
      _ = try store.forget(learnerID: learner.id, topicID: topic.id)
    } else {
      _ = try store.forgetAll(learnerID: learner.id)
    }
    context.say(.forgetErased)
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
