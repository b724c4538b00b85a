import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

/// The interactive shell: reads lines, dispatches them through the command table, and keeps
/// where the learner is reading.
public final class ShellSession {
  /// Lines longer than this are refused before any work is done on them.
  static let maximumLineLength = 4096

  let bundle: ContentBundle
  let output: TerminalOutput
  let reader: LineReader
  let store: LearnerStore?
  var learner: Learner?
  let settings: LocalSettings
  /// The time now; fixed in tests so transcripts and review dates repeat.
  let clock: @Sendable () -> Date
  /// Seeds each quiz's shuffling; fixed in tests.
  let makeSeed: @Sendable () -> UInt64
  var position: ReadingPosition?
  /// The educator's teaching session, while one runs.
  var teaching: TeachingContext?
  /// Built on the first search, so start-up does not pay for it.
  lazy var searchIndex = SearchIndex(bundle: bundle)
  private(set) var table = CommandTable(commands: [])
  private var failures = 0
  private var warnedAboutSaving = false

  public init(
    bundle: ContentBundle, output: TerminalOutput, reader: LineReader, store: LearnerStore?,
    learner: Learner?, settings: LocalSettings = LocalSettings(),
    clock: @escaping @Sendable () -> Date = { Date() },
    makeSeed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }
  ) {
    self.bundle = bundle
    self.output = output
    self.reader = reader
    self.store = store
    self.learner = learner
    self.settings = settings
    self.clock = clock
    self.makeSeed = makeSeed
    self.table = CommandTable(commands: Self.allCommands)
  }

  /// Everything Tab may offer, from the same table and bundle the shell uses.
  public static func completer(for bundle: ContentBundle, store: LearnerStore?) -> Completer {
    let table = CommandTable(commands: allCommands)
    return Completer(
      commands: table.completionEntries, commandNames: table.commands.map(\.name),
      topicIDs: bundle.topics.map(\.id),
      sectionAddresses: bundle.topics.flatMap { topic in
        topic.sections.map { "\(topic.id)#\($0.id)" }
      },
      pathIDs: bundle.manifest.paths.map(\.id),
      learnerNames: { (try? store?.learners().map(\.name)) ?? [] }
    )
  }

  // MARK: - The loop

  /// Runs until `quit`, end of input or SIGTERM. Returns the exit status: 1 if any command
  /// failed in a script, else 0.
  public func run() -> Int32 {
    if reader.isInteractive { showWelcome() }
    resumeOpenTeachingSession()
    loop: while true {
      switch reader.readLine(prompt: prompt) {
      case .line(let line):
        let outcome = execute(line)
        if outcome == .quit { break loop }
      case .interrupted:
        continue
      case .endOfInput, .terminated:
        break loop
      }
    }
    return failures > 0 && !reader.isInteractive ? 1 : 0
  }

  /// Runs one line as a command and reports how it went.
  @discardableResult
  public func execute(_ rawLine: String) -> CommandOutcome {
    let line = TextSanitizer.sanitize(rawLine).trimmed
    guard !line.isEmpty else { return .succeeded }
    guard line.count <= Self.maximumLineLength else {
      return fail(
        "That line is too long (\(line.count) characters). Commands are short: try `help`.")
    }
    let name = String(line.prefix { !$0.isWhitespace })
    let arguments = String(line.dropFirst(name.count)).trimmed

    switch table.lookup(name) {
    case .found(let command):
      if command.history == .keep { reader.remember(line) }
      do {
        let outcome = try command.run(self, arguments)
        if outcome == .failed { failures += 1 }
        return outcome
      } catch let error as ShellError {
        return fail(error.message)
      } catch {
        return fail("Something went wrong: \(error)")
      }
    case .ambiguous(let names):
      return fail(
        "`\(name)` could mean \(Self.listing(names.map { "`\($0)`" })). Type a few more letters.")
    case .unknown(let suggestion):
      if let suggestion {
        return fail("There is no command `\(name)`. Did you mean `\(suggestion)`?")
      }
      return fail("There is no command `\(name)`. Type `help` to see what you can do.")
    }
  }

  // MARK: - Output helpers for commands

  var styler: Styler { Styler(style: output.style) }

  /// Writes the shell's own text; a line wider than the output is wrapped at spaces, its
  /// continuation lines indented like the line itself. Lines that fit (rendered content, tables,
  /// bars) are left as they are.
  func say(_ text: String = "") { output.line(TextWrapper.fit(text, width: output.width)) }

  /// Renders Markdown content for this output (terminal or plain), at the current width.
  func render(_ document: MarkdownDocument) -> String {
    let width = output.width
    switch output.style {
    case .plain: return PlainRenderer(width: width).render(document)
    case .color, .monochrome:
      return TerminalRenderer(width: width, color: output.style.usesColor).render(document)
    }
  }

  /// Shows a problem gently and counts it as a failure.
  func fail(_ message: String) -> CommandOutcome {
    failures += 1
    say(message)
    return .failed
  }

  /// Records that a section was read; a store problem is shown once, and reading goes on.
  func recordRead(topic: Topic, section: Section) {
    guard let store else { return }
    do {
      for learner in presentLearners {
        try store.recordSectionRead(
          SectionKey(topicID: topic.id, sectionID: section.id),
          in: RecordingContext(
            learnerID: learner.id, manifest: bundle.manifest,
            teachingSessionID: teaching?.session.id), at: clock())
      }
    } catch {
      warnSavingFailed(error)
    }
  }

  func recordOpened(_ topic: Topic) {
    guard let store else { return }
    do {
      for learner in presentLearners {
        try store.recordTopicOpened(
          topic.id,
          in: RecordingContext(
            learnerID: learner.id, manifest: bundle.manifest,
            teachingSessionID: teaching?.session.id), at: clock())
      }
    } catch {
      warnSavingFailed(error)
    }
  }

  /// Everyone reading now: the session's learners, or the one learner.
  var presentLearners: [Learner] { teaching?.learners ?? learner.map { [$0] } ?? [] }

  /// Records one quiz answer; a store problem is shown once, and the quiz goes on.
  func save(_ attempt: Attempt, by answering: Learner? = nil) {
    guard let store, let learner = answering ?? learner else { return }
    do {
      try store.recordAnswer(
        attempt,
        in: RecordingContext(
          learnerID: learner.id, manifest: bundle.manifest,
          teachingSessionID: teaching?.session.id))
    } catch {
      warnSavingFailed(error)
    }
  }

  /// The learner's memory of every question, from the store (empty without one).
  func loadMemory(of answering: Learner? = nil) -> LearnerMemory {
    guard let store, let learner = answering ?? learner else { return LearnerMemory() }
    return (try? store.memory(learnerID: learner.id, bundleID: bundle.manifest.id))
      ?? LearnerMemory()
  }

  private func warnSavingFailed(_ error: Error) {
    guard !warnedAboutSaving else { return }
    warnedAboutSaving = true
    say(styler.warning("Your progress could not be saved: \(error)"))
  }

  func sectionsRead() -> Set<SectionKey> {
    guard let store, let learner else { return [] }
    return (try? store.sectionsRead(learnerID: learner.id, bundleID: bundle.manifest.id)) ?? []
  }

  /// `a`, `a or b`, `a, b or c` (or with `and`).
  static func listing(_ items: [String], joinedBy conjunction: String = "or") -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return "\(items[0]) \(conjunction) \(items[1])"
    default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
  }

  // MARK: - Prompt and welcome

  private var prompt: String {
    guard reader.isInteractive else { return "" }
    guard output.style.usesColor else { return "teachback> " }
    // \u{1} and \u{2} tell readline the escape codes take no columns.
    return "\u{1}\(ANSI.cyan)\u{2}teachback\u{1}\(ANSI.reset)\u{2}> "
  }

  private func showWelcome() {
    let manifest = bundle.manifest
    say(styler.bold(TextSanitizer.sanitize(manifest.title)))
    if let learner, learner.name != Launcher.defaultLearnerName {
      say(
        styler.dim(
          "Learning as \(TextSanitizer.sanitize(learner.name)). Progress is saved on this computer."
        ))
    } else if learner != nil {
      say(styler.dim("Your progress is saved on this computer, for you only."))
    } else {
      say(styler.dim("Your progress cannot be saved this time, but you can read everything."))
    }
    for line in [
      "Type `topics` to see what you can read, `read 1` to start, or `help` for all commands.",
      "Worried about a symptom? Type `call` at any time.",
      "Press Tab to complete a word. Type `quit` or press Ctrl-D to leave.",
    ] {
      say(TextWrapper.wrap(line, width: output.width))
    }
    say()
  }
}
