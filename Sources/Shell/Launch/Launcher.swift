import BuiltInContent
import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

/// Builds a shell from the command-line options: content, store, learner, terminal and input.
package enum Launcher {
  /// Opens the interactive shell (or reads a script from a non-terminal stdin).
  package static func runShell(_ options: LaunchOptions) -> Int32 {
    guard let shell = makeSession(options, oneShot: false) else { return ExitStatus.failure }
    return shell.run()
  }

  /// Runs one request once, as `teachback topics` or `teachback report …` do: output on
  /// standard output, problems on standard error, and the exit status.
  package static func runOnce(
    _ options: LaunchOptions, _ body: (ShellSession) throws -> CommandOutcome
  ) -> Int32 {
    guard let shell = makeSession(options, oneShot: true) else { return ExitStatus.failure }
    TeachingCommands(context: shell.context).resumeOpenSessionAtStart(announce: false)
    return shell.runOnce(body)
  }

  // MARK: - Assembly

  /// The shell for `options`, or nil when its content cannot be loaded (said on standard error).
  /// The signal handlers are installed only once the bundle is loaded: until then SIGTERM and
  /// SIGINT end the program at once, as they do any program, and the terminal is still as the
  /// shell found it.
  static func makeSession(_ options: LaunchOptions, oneShot: Bool) -> ShellSession? {
    let errors = StandardOutput(
      style: style(for: options, on: .standardError), fixedWidth: options.width,
      toStandardError: true)
    SignalMonitor.unblockTermination()
    // A folder is read before anything else, so its problems are said first. The built-in
    // bundle is decoded once the learner is known, in the language they learn in, and only in
    // that one.
    var folderBundle: ContentBundle?
    if options.contentDirectory != nil {
      switch loadBundle(options) {
      case .success(let loaded): folderBundle = loaded
      case .failure(let failure):
        errors.line(StyledText(failure.message))
        return nil
      }
    }
    let canAsk = !oneShot && FileDescriptor.standardInput.isTerminal
    let settings = loadSettings(errors: errors)
    let choice = LanguageChoice(
      flag: options.language, environment: ProcessInfo.processInfo.environment)
    let clinicStore: LearnerStore?
    switch StoreChoice.clinicStore(
      options, settings: settings, language: choice.language(for: nil))
    {
    case .success(let opened): clinicStore = opened
    case .failure(let failure):
      errors.line(StyledText(failure.message))
      return nil
    }
    let (store, starting, unsavedReason) = openStore(
      options, clinicStore: clinicStore, canAsk: canAsk, errors: errors)
    let shelf: BundleShelf
    if let folderBundle {
      shelf = BundleShelf(folderBundle)
    } else {
      do {
        shelf = try builtInShelf(in: choice.language(for: starting?.learner?.language))
      } catch {
        errors.line(
          StyledText(
            ErrorWording.message(for: error, in: choice.language(for: starting?.learner?.language)))
        )
        return nil
      }
    }
    SignalMonitor.shared.install()

    let output = StandardOutput(
      style: style(for: options, on: .standardOutput), fixedWidth: options.width)
    let bundle = shelf.bundle(for: choice.language(for: starting?.learner?.language))
    let reader: LineReader
    if canAsk {
      reader = ReadlineLineReader(
        historyFile: historyFile(),
        completer: ShellSession.completer(for: bundle, store: store))
    } else {
      reader = PlainLineReader()
    }
    return ShellSession(
      shelf: shelf, languageChoice: choice, output: output, errors: oneShot ? errors : output,
      reader: reader, store: store, unsavedReason: unsavedReason, starting: starting,
      settings: settings)
  }

  /// The built-in bundle in every language it is built in, `language` decoded now (or English,
  /// when it is not built in that language) and the others when first used.
  static func builtInShelf(in language: Language) throws -> BundleShelf {
    BundleShelf(
      first: try BuiltInBundle.load(language: language), languages: BuiltInBundle.languages,
      loader: BuiltInBundle.load(language:))
  }

  /// The built-in bundle, or the folder named with `--content` (through the parsed-bundle
  /// cache, since an author's folder changes).
  static func loadBundle(_ options: LaunchOptions) -> Result<ContentBundle, LaunchFailure> {
    guard let directory = options.contentDirectory else {
      do {
        return .success(try BuiltInBundle.load())
      } catch {
        return .failure(LaunchFailure(ErrorWording.message(for: error, in: .english)))
      }
    }
    do {
      try BundleFolder.check(directory, givenAs: "--content DIR")
    } catch {
      return .failure(LaunchFailure(ErrorWording.message(for: error, in: .english)))
    }
    let folder = URL(fileURLWithPath: directory)
    do {
      let cache = XDGDirectories().cache
      // The cache only saves time: without it the bundle is read from its files.
      let usableCache = (try? XDGDirectories.createPrivateDirectory(cache)) != nil ? cache : nil
      return .success(try BundleCache.load(from: folder, cacheFolder: usableCache))
    } catch let error as BundleLoadError {
      return .failure(LaunchFailure("The content in \(folder.path) has problems:\n\(error)"))
    } catch {
      return .failure(
        LaunchFailure(
          "The content in \(folder.path) could not be read: \(ErrorWording.message(for: error, in: .english))"
        ))
    }
  }

  /// The store and learner, or why progress cannot be saved (said on standard error): then
  /// the shell still teaches, says at every answer that it is not saved, and exits 1.
  private static func openStore(
    _ options: LaunchOptions, clinicStore: LearnerStore?, canAsk: Bool, errors: TerminalOutput
  ) -> (LearnerStore?, StartingLearner?, String?) {
    do {
      let store: LearnerStore =
        try clinicStore ?? options.storePath.map { try SQLiteLearnerStore(path: $0) }
        ?? SQLiteLearnerStore()
      let starting = try StartingLearner.choose(
        named: options.learnerName, in: store, canAsk: canAsk, at: Date())
      return (store, starting, nil)
    } catch {
      let reason = ErrorWording.message(for: error, in: .english)
      errors.line(StyledText("Progress will not be saved this time: \(reason)"))
      return (nil, nil, reason)
    }
  }

  /// `$XDG_STATE_HOME/teachback/history`, created 0600 in a 0700 folder; nil if that fails,
  /// and the shell then keeps no history (no one is told their history is saved).
  private static func historyFile() -> String? {
    let folder = XDGDirectories().state
    guard (try? XDGDirectories.createPrivateDirectory(folder)) != nil else { return nil }
    let path = folder.appendingPathComponent("history").path
    let descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return nil }
    fchmod(descriptor, 0o600)
    close(descriptor)
    return path
  }

  private static func loadSettings(errors: TerminalOutput) -> LocalSettings {
    do {
      return try LocalSettings.load(from: LocalSettings.defaultFile())
    } catch {
      errors.line(StyledText(ErrorWording.message(for: error, in: .english)))
      return LocalSettings()
    }
  }

  /// Writes text to standard output, styled for it: for the front end's own output.
  package static func show(_ text: StyledText) {
    StandardOutput(
      style: .choose(.auto, plain: false, isTerminal: FileDescriptor.standardOutput.isTerminal),
      fixedWidth: nil
    ).line(text)
  }

  /// Shows a failure on standard error as the shell would, and gives its exit status.
  package static func showProblem(_ error: any Error) -> Int32 {
    let style = OutputStyle.choose(
      .auto, plain: false, isTerminal: FileDescriptor.standardError.isTerminal)
    StandardOutput(style: style, fixedWidth: nil, toStandardError: true).line(
      StyledText(ErrorWording.message(for: error, in: .english)))
    return ErrorWording.exitCode(for: error)
  }

  static func style(for options: LaunchOptions, on stream: FileDescriptor) -> OutputStyle {
    .choose(options.color, plain: options.plain, isTerminal: stream.isTerminal)
  }
}

struct LaunchFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
  init(_ message: String) { self.message = message }
}
