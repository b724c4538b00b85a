import Curriculum
import Foundation

/// The shipped implanted-port bundle, loaded once through the real loader.
package enum ImplantedPortBundle {
  package static let loaded: Result<ContentBundle, Error> = Result {
    try BundleLoader.load(from: RepositoryFiles.implantedPortBundle)
  }

  package static func load() throws -> ContentBundle { try loaded.get() }
}
