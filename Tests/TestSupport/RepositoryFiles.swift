import Foundation

/// Files of this repository, found from the test sources' location.
package enum RepositoryFiles {
  /// The repository's root folder.
  package static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// `content/implanted-port`, the bundle Teachback ships.
  package static var implantedPortBundle: URL {
    root.appendingPathComponent("content/implanted-port")
  }
}
