import Curriculum
import Foundation

/// The shipped implanted-port bundle, loaded once through the real loader.
package enum ImplantedPortBundle {
  package static let loaded: Result<ContentBundle, Error> = Result {
    try BundleLoader.load(from: RepositoryFiles.implantedPortBundle)
  }

  package static func load() throws -> ContentBundle { try loaded.get() }
}

/// `content/implanted-port-es`, the Spanish twin of the shipped bundle.
package enum SpanishImplantedPortBundle {
  package static let loaded: Result<ContentBundle, Error> = Result {
    try BundleLoader.load(
      from: RepositoryFiles.root.appendingPathComponent("content/implanted-port-es"))
  }

  package static func load() throws -> ContentBundle { try loaded.get() }
}
