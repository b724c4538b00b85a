import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

/// Builds a shell from the command-line options: content, store, learner, terminal and input.
public enum Launcher {
  /// The learner used when none is named and the store has none yet.
  static let defaultLearnerName = "me"

  /// Opens the interactive shell (or reads a script from a non-terminal stdin).
  public static func runShell(_ options: LaunchOptions) -> Int32 {
    SignalMonitor.shared.install()
    guard let shell = makeSession(options, interactiveInput: true) else { return 1 }
    return shell.run()
  }

  /// Runs one shell command line once, as `teachback topics` or `teachback read care` do.
  public static func runCommand(_ line: String, options: LaunchOptions) -> Int32 {
    SignalMonitor.shared.install()
    guard let shell = makeSession(options, interactiveInput: false) else { return 1 }
    shell.resumeOpenTeachingSession(announce: false)
    return shell.execute(line) == .failed ? 1 : 0
  }

  // MARK: - Assembly

  static func makeSession(_ options: LaunchOptions, interactiveInput: Bool) -> ShellSession? {
    let errors = FileDescriptor.standardError
    let bundle: ContentBundle
    switch loadBundle(options) {
    case .success(let loaded): bundle = loaded
    case .failure(let failure):
      errors.writeAll(TextSanitizer.sanitize(failure.message) + "\n")
      return nil
    }

    let output = StandardOutput(style: style(for: options), fixedWidth: options.width)
    let (store, learner) = openStore(options, bundle: bundle, errors: errors)
    let reader: LineReader
    if interactiveInput && FileDescriptor.standardInput.isTerminal {
      reader = ReadlineLineReader(
        historyFile: historyFile(),
        completer: ShellSession.completer(for: bundle, store: store))
    } else {
      reader = PlainLineReader()
    }
    let session = ShellSession(
      bundle: bundle, output: output, reader: reader, store: store, learner: learner,
      settings: loadSettings(errors: errors))
    return session
  }

  static func loadBundle(_ options: LaunchOptions) -> Result<ContentBundle, LaunchFailure> {
    let folder: URL
    if let directory = options.contentDirectory {
      folder = URL(fileURLWithPath: directory)
    } else {
      switch BundleLocator.defaultBundle() {
      case .success(let url): folder = url
      case .failure(let notFound): return .failure(LaunchFailure(notFound.description))
      }
    }
    do {
      let cache = XDGDirectories().cache
      let usableCache = (try? XDGDirectories.createPrivateDirectory(cache)) != nil ? cache : nil
      return .success(try BundleCache.load(from: folder, cacheFolder: usableCache))
    } catch let error as BundleLoadError {
      return .failure(LaunchFailure("The content in \(folder.path) has problems:\n\(error)"))
    } catch {
      return .failure(LaunchFailure("The content in \(folder.path) could not be read: \(error)"))
    }
  }

  private static func openStore(
    _ options: LaunchOptions, bundle: ContentBundle, errors: FileDescriptor
  )
    -> (LearnerStore?, Learner?)
  {
    do {
      let store = try options.storePath.map { try LearnerStore(path: $0) } ?? LearnerStore()
      let learner = try chooseLearner(options.learnerName, in: store)
      return (store, learner)
    } catch {
      errors.writeAll(
        TextSanitizer.sanitize("Progress will not be saved this time: \(error)") + "\n")
      return (nil, nil)
    }
  }

  /// The learner named with `--learner` (created if new), else the first learner in the store,
  /// else a new one called "me".
  private static func chooseLearner(_ name: String?, in store: LearnerStore) throws -> Learner {
    if let name {
      let name = TextSanitizer.sanitize(name).trimmed
      return try store.learner(named: name)
        ?? store.addLearner(name: name, role: .patient, pathID: nil)
    }
    if let first = try store.learners().first { return first }
    return try store.addLearner(name: defaultLearnerName, role: .patient, pathID: nil)
  }

  /// `$XDG_STATE_HOME/teachback/history`, created 0600 in a 0700 folder; nil if that fails.
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

  private static func loadSettings(errors: FileDescriptor) -> LocalSettings {
    guard let file = LocalSettings.defaultFile() else { return LocalSettings() }
    do {
      return try LocalSettings.load(from: file)
    } catch {
      errors.writeAll(TextSanitizer.sanitize("\(error)") + "\n")
      return LocalSettings()
    }
  }

  private static func style(for options: LaunchOptions) -> OutputStyle {
    if options.plain { return .plain }
    switch options.color {
    case .always: return .color
    case .never: return .monochrome
    case .auto:
      let environment = ProcessInfo.processInfo.environment
      let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      return FileDescriptor.standardOutput.isTerminal && !noColor ? .color : .monochrome
    }
  }
}

struct LaunchFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
  init(_ message: String) { self.message = message }
}
