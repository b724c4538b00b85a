import Curriculum
import Foundation

/// Finds the implanted-port bundle that ships with the binary, without trapping when it is
/// missing (as `Bundle.module` would), so the learner gets a plain message instead.
package enum BundleLocator {
  package static let defaultBundleName = "implanted-port"
  private static let resourceFolder = "teachback_Shell.resources"

  /// The embedded default bundle's folder, or nil with the places looked in.
  package static func defaultBundle() -> Result<URL, BundleNotFound> {
    let candidates = candidateFolders()
    for folder in candidates {
      let bundle = folder.appendingPathComponent(defaultBundleName)
      if FileManager.default.fileExists(atPath: bundle.appendingPathComponent("bundle.yaml").path) {
        return .success(bundle)
      }
    }
    return .failure(BundleNotFound(searched: candidates.map(\.path)))
  }

  /// Resources next to the executable (as `swift build` lays them out), then the source tree
  /// the binary was built from.
  private static func candidateFolders() -> [URL] {
    var folders: [URL] = []
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    for base in [executable.deletingLastPathComponent(), Bundle.main.bundleURL] {
      folders.append(base.appendingPathComponent(resourceFolder).appendingPathComponent("content"))
    }
    let sourceTree = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    folders.append(sourceTree.appendingPathComponent("content"))
    return folders
  }
}

package struct BundleNotFound: UserFacingError, CustomStringConvertible {
  package var searched: [String]
  package var description: String {
    "The built-in content was not found next to the program. Looked in:\n"
      + searched.map { "  \($0)" }.joined(separator: "\n")
      + "\nRebuild with `swift build`, or point to a bundle with --content DIR."
  }
  package var whatHappened: String { description }
}
