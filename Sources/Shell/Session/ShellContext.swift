import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

/// What every command works with: the content, the store, the terminal, the settings, and who
/// is learning now. Commands keep their own state (the reading position, a search index, a
/// running teaching session's notes); this holds only what they share.
final class ShellContext {
  /// The bundle the shell teaches from: the shelf's bundle in `language`.
  private(set) var bundle: ContentBundle
  /// Every bundle the shell can teach from, by language.
  let shelf: BundleShelf
  /// How the language is chosen: `--lang`, else the learner's choice, else the locale.
  let languageChoice: LanguageChoice
  let output: TerminalOutput
  /// Where problems go: the output in the shell, standard error in one-shot use.
  let errors: TerminalOutput
  let reader: LineReader
  let store: LearnerStore?
  let settings: LocalSettings
  /// The time now; fixed in tests so transcripts and review dates repeat.
  let clock: @Sendable () -> Date
  /// Seeds each quiz's shuffling; fixed in tests.
  let makeSeed: @Sendable () -> UInt64
  /// Waits that many seconds (after wrong PINs or passphrases); counted, not slept, in tests.
  let sleep: @Sendable (Int) -> Void
  /// In clinic mode, whether the educator's passphrase was given during this person's turn
  /// (it lasts until a learner is opened or `learner close`).
  var educatorPresent = false
  /// The learner the shell works for. In a script or a one-shot command on a store with nobody
  /// in it, a guest is added the first time one is needed (something is recorded, or a command
  /// needs a learner), so a script that begins with `learner Dev parent` leaves no guest behind.
  /// When the guest cannot be added (the store fails), this is nil; what records or needs a
  /// learner uses `currentLearner()`, which says why.
  var learner: Learner? {
    get { (try? currentLearner()) ?? nil }
    set {
      addsGuestWhenNeeded = false
      chosenLearner = newValue
      followLearnersLanguage()
    }
  }
  /// The learner chosen so far, without adding a guest: for what only reads (a guest not yet
  /// added has read and answered nothing).
  private(set) var chosenLearner: Learner?
  /// Whether `learner` adds a guest when first asked for (see `StartingLearner.guest`).
  private var addsGuestWhenNeeded: Bool
  /// The language the shell speaks now: its messages, and the bundle it teaches from. It is
  /// always a language the shelf has (asking for another gives the shelf's first), so the
  /// shell's words and its content are in one language.
  var language: Language {
    didSet {
      language = shelf.language(for: language)
      guard language != oldValue else { return }
      bundle = shelf.bundle(for: language)
      pictureAddressesInUse = nil
      figureShelfInUse = nil
    }
  }
  /// The educator's teaching session, while one runs.
  var teaching: TeachingContext?
  /// Why progress is not saved in this run at all (the store could not be opened and that was
  /// said at start), or nil.
  let unsavedReason: String?
  /// The bundle's pictures as `data:` addresses, made once per bundle, when content first
  /// shows one.
  var pictureAddresses: [String: String] {
    if let pictureAddressesInUse { return pictureAddressesInUse }
    let addresses = bundle.pictureAddresses
    pictureAddressesInUse = addresses
    return addresses
  }
  private var pictureAddressesInUse: [String: String]?
  /// The bundle's figures, for content to draw.
  var figureShelf: FigureShelf {
    if let figureShelfInUse { return figureShelfInUse }
    let figures = bundle.figureShelf
    figureShelfInUse = figures
    return figures
  }
  private var figureShelfInUse: FigureShelf?
  /// Whether something that should have been saved was not; a script then exits 1.
  private(set) var somethingNotSaved = false

  init(
    shelf: BundleShelf, languageChoice: LanguageChoice = LanguageChoice(), output: TerminalOutput,
    errors: TerminalOutput, reader: LineReader, store: LearnerStore?,
    unsavedReason: String? = nil, learner: Learner?, addsGuestWhenNeeded: Bool = false,
    settings: LocalSettings,
    clock: @escaping @Sendable () -> Date, makeSeed: @escaping @Sendable () -> UInt64,
    sleep: @escaping @Sendable (Int) -> Void
  ) {
    self.shelf = shelf
    self.languageChoice = languageChoice
    let language = shelf.language(for: languageChoice.language(for: learner?.language))
    self.language = language
    self.bundle = shelf.bundle(for: language)
    self.output = output
    self.errors = errors
    self.reader = reader
    self.store = store
    self.unsavedReason = store == nil ? unsavedReason : nil
    self.chosenLearner = learner
    self.addsGuestWhenNeeded = learner == nil && store != nil && addsGuestWhenNeeded
    self.settings = settings
    self.clock = clock
    self.makeSeed = makeSeed
    self.sleep = sleep
  }

  /// Speaks the language the learner here now learns in (`languageChoice`): a new learner, or
  /// nobody, may change it, and with it the bundle.
  private func followLearnersLanguage() {
    language = languageChoice.language(for: chosenLearner?.language)
  }

  // MARK: - Speaking

  /// Writes one line (or several) of the shell's text; the writer wraps what is too wide.
  func say(_ text: StyledText = StyledText()) { output.line(text) }

  /// Writes one of the catalogue's messages, in the language the shell speaks.
  func say(_ message: ShellMessage) { output.line(words(message)) }

  /// A message of the catalogue in the language the shell speaks.
  func words(_ message: ShellMessage) -> StyledText { message.text(in: language) }

  /// A message as a plain string: for errors and prompts, which carry no roles.
  func string(_ message: ShellMessage) -> String { words(message).plainText }

  /// Writes a problem where problems go.
  func complain(_ text: StyledText) { errors.line(text) }

  var isPlain: Bool { output.style.isPlain }

  /// Asks a question and reads one answer; nil when the person stops (`stop`, `cancel`,
  /// Ctrl-C or end of input).
  func ask(_ question: StyledText, prompt: StyledText = "> ") -> String? {
    say(question)
    switch readLine(prompt: prompt) {
    case .line(let line):
      let answer = line.trimmed
      return ["stop", "cancel"].contains(answer.lowercased()) ? nil : answer
    case .interrupted, .endOfInput, .terminated:
      return nil
    }
  }

  /// Reads one line, as typed, after a prompt (shown only to a person typing live).
  func readLine(prompt: StyledText) -> LineInput {
    reader.readLine(prompt: reader.isInteractive ? output.prompt(prompt) : "")
  }

  /// Reads a PIN or passphrase without showing it; nil when the person types nothing or stops.
  func readSecret(prompt: StyledText) -> String? {
    switch reader.readSecret(prompt: reader.isInteractive ? output.prompt(prompt) : "") {
    case .line(let line):
      let secret = line.trimmingCharacters(in: .whitespaces)
      return secret.isEmpty ? nil : secret
    case .interrupted, .endOfInput, .terminated:
      return nil
    }
  }

  // MARK: - Who is here

  /// Home or clinic; home without a store (nothing is kept to protect). When the store cannot
  /// say, clinic: a shared computer's records stay closed rather than open to anyone.
  var accessMode: AccessMode {
    guard let store else { return .home }
    return (try? store.accessMode()) ?? .clinic
  }

  /// Closes the learner's records and forgets the educator's passphrase: the next person at
  /// the keyboard starts with nothing open.
  func closeTurn() {
    learner = nil
    educatorPresent = false
  }

  /// Everyone reading now: the session's learners, or the one learner.
  var presentLearners: [Learner] { teaching?.learners ?? learner.map { [$0] } ?? [] }

  func requireStore() throws -> LearnerStore {
    guard let store else {
      throw ShellError(string(.errorNotSavingThisTime))
    }
    return store
  }

  func requireLearner() throws -> Learner {
    guard let learner = try currentLearner() else {
      throw ShellError(string(.errorChooseALearner))
    }
    return learner
  }

  // MARK: - Recording

  /// Who is recorded, in which bundle and teaching session.
  func recording(for learner: Learner) -> RecordingContext {
    RecordingContext(
      learnerID: learner.id, manifest: bundle.manifest, teachingSessionID: teaching?.session.id,
      language: language)
  }

  // Durability rule: commit, then confirm. Each recording call returns only once its event is
  // on the disk, and callers show what it confirms (a verdict, "Noted") after it returns. A
  // failure is said at the moment it happens, every time, and the run then ends with status 1
  // in a script or a one-shot command.

  /// Whether this run was meant to save progress and could not (at start or since).
  var savingFailed: Bool { unsavedReason != nil || somethingNotSaved }

  /// Records that a section was read by everyone here; a store problem is said, and reading
  /// goes on.
  func recordRead(topic: Topic, section: Section) {
    guard let store else { return }
    do {
      for learner in try recordedLearners() {
        try store.recordSectionRead(
          SectionKey(topicID: topic.id, sectionID: section.id), in: recording(for: learner),
          at: clock())
      }
    } catch {
      sayNotSaved(string(.notSavedReading), error)
    }
  }

  /// Records that a topic was opened by everyone here; a store problem is said.
  func recordOpened(_ topic: Topic) {
    guard let store else { return }
    do {
      for learner in try recordedLearners() {
        try store.recordTopicOpened(topic.id, in: recording(for: learner), at: clock())
      }
    } catch {
      sayNotSaved(string(.notSavedOpening), error)
    }
  }

  /// Records one quiz answer, durably, before its verdict is shown. Returns false when the
  /// answer was meant to be kept and was not; that has then been said.
  func save(_ attempt: Attempt, by answering: Learner?) -> Bool {
    guard let store else {
      guard let unsavedReason else { return true }
      somethingNotSaved = true
      complain(
        words(.notSavedAnswerBecause).styled(.warning)
          + StyledText(unsavedReason, role: .warning))
      return false
    }
    do {
      guard let learner = try answering ?? currentLearner() else { return true }
      try store.recordAnswer(attempt, in: recording(for: learner))
      return true
    } catch {
      sayNotSaved(string(.notSavedAnswer), error)
      return false
    }
  }

  /// Says, quietly, that an answer given after saving failed was not saved either.
  func sayAnswerNotSaved() {
    somethingNotSaved = true
    complain(words(.notSavedShort).styled(.quiet))
  }

  /// Says that something was not saved, and why, and remembers it for the exit status.
  func sayNotSaved(_ what: String, _ error: any Error) {
    somethingNotSaved = true
    complain(
      StyledText(what, role: .warning)
        + StyledText(ErrorWording.message(for: error, in: language), role: .warning))
  }

  /// A learner's memory of every question (empty without a store, or when it cannot be read,
  /// which is said).
  func memory(of answering: Learner? = nil) -> LearnerMemory {
    guard let store, let learner = answering ?? chosenLearner else { return LearnerMemory() }
    do {
      return try store.memory(learnerID: learner.id, bundleID: bundle.manifest.id)
    } catch {
      warnReadingFailed(error)
      return LearnerMemory()
    }
  }

  /// The sections the learner has read (none without a store, or when it cannot be read,
  /// which is said).
  func sectionsRead() -> Set<SectionKey> {
    guard let store, let learner = chosenLearner else { return [] }
    do {
      return try store.sectionsRead(learnerID: learner.id, bundleID: bundle.manifest.id)
    } catch {
      warnReadingFailed(error)
      return []
    }
  }

  /// The section the learner read last, where they stopped (nil without a store, before any
  /// reading, or when it cannot be read, which is said).
  func lastSectionRead() -> SectionKey? {
    guard let store, let learner = chosenLearner else { return nil }
    do {
      return try store.lastSectionRead(learnerID: learner.id, bundleID: bundle.manifest.id)
    } catch {
      warnReadingFailed(error)
      return nil
    }
  }

  /// The learner, adding the guest first when one is due; throws the store's error when the
  /// guest cannot be added (and tries again next time), so that whatever wanted to record says
  /// it was not saved.
  func currentLearner() throws -> Learner? {
    if addsGuestWhenNeeded, let store {
      let guest = try store.learner(
        named: StartingLearner.guestName, addingAs: .patient, pathID: nil
      ).learner
      chosenLearner = try store.markUsed(learnerID: guest.id, at: clock())
      addsGuestWhenNeeded = false
    }
    return chosenLearner
  }

  /// Everyone whose reading is recorded now; throws what `currentLearner()` throws.
  private func recordedLearners() throws -> [Learner] {
    if let teaching { return teaching.learners }
    return try currentLearner().map { [$0] } ?? []
  }

  private func warnReadingFailed(_ error: any Error) {
    complain(
      words(.progressCouldNotBeRead).styled(.warning)
        + StyledText(ErrorWording.message(for: error, in: language), role: .warning))
  }
}
