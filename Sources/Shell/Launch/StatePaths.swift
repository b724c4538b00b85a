import Foundation

/// Where Teachback keeps its files, following the XDG base directory rules.
enum StatePaths {
  /// `$XDG_STATE_HOME/teachback/history`, its folder created 0700.
  static func historyFile(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    guard let folder = folder(variable: "XDG_STATE_HOME", fallback: ".local/state", environment: environment)
    else { return nil }
    let path = folder + "/history"
    let descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return nil }
    fchmod(descriptor, 0o600)
    close(descriptor)
    return path
  }

  /// `$VARIABLE/teachback` (or `~/FALLBACK/teachback`), created 0700 if missing.
  static func folder(variable: String, fallback: String, environment: [String: String]) -> String? {
    let base: String
    if let value = environment[variable], value.hasPrefix("/") {
      base = value
    } else if let home = environment["HOME"], !home.isEmpty {
      base = home + "/" + fallback
    } else {
      return nil
    }
    let folder = base + "/teachback"
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    chmod(folder, 0o700)
    return folder
  }
}
