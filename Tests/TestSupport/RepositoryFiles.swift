import Foundation

/// Files of this repository, found from the test sources' location.
package enum RepositoryFiles {
  /// The repository's root folder.
  package static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// A small Spanish bundle for tests (`Tests/CurriculumTests/Fixtures/valid-es`), the twin of
  /// the `valid` fixture: the same id, topic, section and question ids, in Spanish.
  package static var spanishFixtureBundle: URL {
    root.appendingPathComponent("Tests/CurriculumTests/Fixtures/valid-es")
  }

  /// `content/implanted-port`, the bundle Teachback ships.
  package static var implantedPortBundle: URL {
    root.appendingPathComponent("content/implanted-port")
  }
}
