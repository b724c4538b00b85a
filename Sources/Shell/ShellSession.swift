import Curriculum
import Foundation
import Glibc
import LearnerStore
import Learning
import Markdown

/// The interactive shell's loop: reads lines, dispatches each through the command table to
/// the command that owns it, and counts what failed. Commands and their state live in
/// `Commands/`; what they share is the `ShellContext`.
package final class ShellSession {
  /// Lines longer than this are refused before any work is done on them.
  static let maximumLineLength = 4096

  let context: ShellContext
  let table: CommandTable
  /// The reading position and the commands that move it.
  let reading: ReadingCommands
  /// Holds the search index, built on the first search so start-up does not pay for it.
  let search: SearchCommand
  /// Whom to ask for at the start (a person at the terminal, nobody learning yet), or nil.
  private let firstRun: FirstRun?
  private var failures = 0

  /// A shell for `starting` (see `StartingLearner.choose`): that learner, or — when nobody is
  /// learning yet and a person is at the terminal — asking who is.
  package init(
    shelf: BundleShelf, languageChoice: LanguageChoice = LanguageChoice(),
    output: TerminalOutput, errors: TerminalOutput? = nil,
    reader: LineReader, store: LearnerStore?, unsavedReason: String? = nil,
    starting: StartingLearner?, settings: LocalSettings = LocalSettings(),
    clock: @escaping @Sendable () -> Date = { Date() },
    makeSeed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) },
    sleep: @escaping @Sendable (Int) -> Void = { Glibc.sleep(UInt32($0)) }
  ) {
    var learner: Learner?
    var askedName: String??
    switch starting {
    case .open(let opened): learner = opened
    case .ask(let name): askedName = .some(name)
    case .guest, .nobody, nil: break
    }
    let context = ShellContext(
      shelf: shelf, languageChoice: languageChoice, output: output, errors: errors ?? output,
      reader: reader, store: store,
      unsavedReason: unsavedReason, learner: learner, addsGuestWhenNeeded: starting == .guest,
      settings: settings, clock: clock, makeSeed: makeSeed, sleep: sleep)
    self.context = context
    table = CommandTable(commands: Self.allCommands)
    reading = ReadingCommands(context: context)
    search = SearchCommand(context: context)
    firstRun = askedName.map { FirstRun(context: context, givenName: $0) }
  }

  /// A shell teaching from one bundle, for `starting`.
  package convenience init(
    bundle: ContentBundle, languageChoice: LanguageChoice = LanguageChoice(),
    output: TerminalOutput, errors: TerminalOutput? = nil,
    reader: LineReader, store: LearnerStore?, unsavedReason: String? = nil,
    starting: StartingLearner?, settings: LocalSettings = LocalSettings(),
    clock: @escaping @Sendable () -> Date = { Date() },
    makeSeed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) },
    sleep: @escaping @Sendable (Int) -> Void = { Glibc.sleep(UInt32($0)) }
  ) {
    self.init(
      shelf: BundleShelf(bundle), languageChoice: languageChoice, output: output,
      errors: errors, reader: reader, store: store, unsavedReason: unsavedReason,
      starting: starting, settings: settings, clock: clock, makeSeed: makeSeed, sleep: sleep)
  }

  /// A shell for `learner` (nil for nobody yet: an educator's session names its learners).
  package convenience init(
    bundle: ContentBundle, output: TerminalOutput, errors: TerminalOutput? = nil,
    reader: LineReader, store: LearnerStore?, unsavedReason: String? = nil, learner: Learner?,
    settings: LocalSettings = LocalSettings(),
    clock: @escaping @Sendable () -> Date = { Date() },
    makeSeed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) },
    sleep: @escaping @Sendable (Int) -> Void = { Glibc.sleep(UInt32($0)) }
  ) {
    self.init(
      bundle: bundle, output: output, errors: errors, reader: reader, store: store,
      unsavedReason: unsavedReason, starting: learner.map(StartingLearner.open),
      settings: settings, clock: clock, makeSeed: makeSeed, sleep: sleep)
  }

  /// The language the shell speaks (`ShellContext.language`).
  package var language: Language {
    get { context.language }
    set { context.language = newValue }
  }

  /// Everything Tab may offer, from the same table and bundle the shell uses.
  package static func completer(for bundle: ContentBundle, store: LearnerStore?) -> Completer {
    let table = CommandTable(commands: allCommands)
    return Completer(
      commands: table.completionEntries, commandNames: table.commands.map(\.name),
      topicIDs: bundle.topics.map(\.id),
      sectionAddresses: bundle.topics.flatMap { topic in
        topic.sections.map { "\(topic.id)#\($0.id)" }
      },
      pathIDs: bundle.manifest.paths.map(\.id),
      figureIDs: bundle.figures.keys.sorted(),
      // Tab cannot show a message in the middle of a line; a store that cannot be read
      // simply offers no names, and the next command says what is wrong. In clinic mode Tab
      // never offers a name: it would show who else is stored.
      learnerNames: {
        guard let store, (try? store.accessMode()) == .home else { return [] }
        return (try? store.learners().map(\.name)) ?? []
      }
    )
  }

  // MARK: - The loop

  /// Runs until `quit`, end of input or SIGTERM. Returns the exit status: 1 if any command
  /// failed in a script, or progress meant to be saved was not, else 0.
  package func run() -> Int32 {
    if context.reader.isInteractive { Welcome(context: context, firstRun: firstRun).show() }
    TeachingCommands(context: context).resumeOpenSessionAtStart()
    loop: while true {
      switch context.readLine(prompt: StyledText("teachback", role: .accent) + "> ") {
      case .line(let line):
        let outcome = execute(line)
        if outcome == .quit { break loop }
      case .interrupted:
        continue
      case .endOfInput, .terminated:
        break loop
      }
    }
    return (failures > 0 || context.savingFailed) && !context.reader.isInteractive ? 1 : 0
  }

  /// Runs one line as a command and reports how it went.
  @discardableResult
  package func execute(_ rawLine: String) -> CommandOutcome {
    let line = TextSanitizer.sanitize(rawLine).trimmed
    guard !line.isEmpty else { return .succeeded }
    guard line.count <= Self.maximumLineLength else {
      return fail(context.words(.lineTooLong(characters: "\(line.count)")))
    }
    let name = String(line.prefix { !$0.isWhitespace })
    let arguments = ArgumentLine(String(line.dropFirst(name.count)))

    // A question (`he has a fever?`, `¿le va a doler?`) and, in Spanish, `no sé` or `puedo
    // bañarme` are words even where their first word begins a command's name (`he…` is `help`,
    // `le…` is `learner`, `no…` is `note`); a command's whole name still runs it.
    if !table.isWholeName(name),
      WordsAtThePrompt.isQuestion(line)
        || (context.language == .spanish && WordsAtThePrompt.isSpanishQuestionOrNotKnowing(line))
    {
      WordsAtThePrompt(context: context, search: search).answer(line)
      return .succeeded
    }
    switch table.lookup(name) {
    case .found(let command):
      if command.history == .keep { context.reader.remember(line) }
      do {
        let outcome = try command.run(self, arguments)
        if outcome == .failed { failures += 1 }
        return outcome
      } catch {
        return fail(StyledText(ErrorWording.message(for: error, in: context.language)))
      }
    case .ambiguous(let names):
      let choices = Self.listing(
        names.map { "`\($0)`" }, joinedBy: context.string(.listingOr))
      return fail(context.words(.commandAmbiguous(command: "\(name)", choices: "\(choices)")))
    case .unknown(let suggestion):
      if WordsAtThePrompt.isWords(line, firstWordIsNearACommand: suggestion != nil) {
        WordsAtThePrompt(context: context, search: search).answer(line)
        return .succeeded
      }
      if let suggestion {
        return fail(
          context.words(.commandUnknownDidYouMean(command: "\(name)", suggestion: "\(suggestion)")))
      }
      return fail(context.words(.commandUnknown(command: "\(name)")))
    }
  }

  /// Runs one request outside the loop, as a one-shot command does: a failure is shown on the
  /// error output and comes back as its exit status (also when progress was not saved).
  func runOnce(_ body: (ShellSession) throws -> CommandOutcome) -> Int32 {
    do {
      let outcome = try body(self)
      if outcome == .failed || context.savingFailed { return ExitStatus.failure }
      if case .finished(let status) = outcome { return status }
      return ExitStatus.success
    } catch {
      context.complain(StyledText(ErrorWording.message(for: error, in: context.language)))
      return ErrorWording.exitCode(for: error)
    }
  }

  /// Shows a problem gently and counts it as a failure.
  func fail(_ message: StyledText) -> CommandOutcome {
    failures += 1
    context.complain(message)
    return .failed
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
}
