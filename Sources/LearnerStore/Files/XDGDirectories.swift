import Curriculum
import Foundation

/// Where Teachback keeps its files, following the XDG Base Directory specification:
/// `$XDG_DATA_HOME/teachback` (progress), `$XDG_STATE_HOME/teachback` (shell history),
/// `$XDG_CONFIG_HOME/teachback` (settings), `$XDG_CACHE_HOME/teachback` (the parsed bundle). An unset, empty or relative variable falls back to
/// `~/.local/share`, `~/.local/state` and `~/.config`, as the specification asks.
package struct XDGDirectories: Sendable, Hashable {
  package var data: URL
  package var state: URL
  package var config: URL
  /// `$XDG_CACHE_HOME/teachback`: things that can be rebuilt, like the parsed bundle.
  package var cache: URL

  package init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    home: URL? = nil
  ) {
    // $HOME first, as the specification says; the password database only when it is unset.
    let home =
      home
      ?? environment["HOME"].flatMap {
        $0.hasPrefix("/") ? URL(fileURLWithPath: $0, isDirectory: true) : nil
      }
      ?? FileManager.default.homeDirectoryForCurrentUser
    func base(_ variable: String, _ fallback: String) -> URL {
      if let value = environment[variable], value.hasPrefix("/") {
        return URL(fileURLWithPath: value, isDirectory: true)
      }
      return home.appendingPathComponent(fallback, isDirectory: true)
    }
    data = base("XDG_DATA_HOME", ".local/share").appendingPathComponent(
      "teachback", isDirectory: true)
    state = base("XDG_STATE_HOME", ".local/state").appendingPathComponent(
      "teachback", isDirectory: true)
    config = base("XDG_CONFIG_HOME", ".config").appendingPathComponent(
      "teachback", isDirectory: true)
    cache = base("XDG_CACHE_HOME", ".cache").appendingPathComponent(
      "teachback", isDirectory: true)
  }

  /// The default learner store: `<data>/progress.sqlite`.
  package var progressStore: URL { data.appendingPathComponent("progress.sqlite") }

  /// Creates `directory` (and missing parents) readable by its owner only (0700), whatever the
  /// umask; an existing folder's mode is left alone.
  /// - Throws: `FileProblem`, by cause, when the folder (or one above it) cannot be made.
  package static func createPrivateDirectory(_ directory: URL) throws(FileProblem) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw FileProblem(cause: .notAFolder, path: directory.path, isWriting: true)
      }
      return
    }
    let parent = directory.deletingLastPathComponent()
    if parent.path != directory.path { try createPrivateDirectory(parent) }
    if mkdir(directory.path, 0o700) != 0 && errno != EEXIST {
      throw FileProblem(errno: errno, path: directory.path, isWriting: true)
    }
    chmod(directory.path, 0o700)
  }
}
