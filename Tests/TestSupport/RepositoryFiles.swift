import Foundation

/// Files of this repository, found from the test sources' location.
public enum RepositoryFiles {
  /// The repository's root folder.
  public static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// `content/implanted-port`, the bundle Teachback ships.
  public static var implantedPortBundle: URL {
    root.appendingPathComponent("content/implanted-port")
  }
}
